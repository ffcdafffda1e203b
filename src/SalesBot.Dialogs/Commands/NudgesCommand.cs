using System.Globalization;
using System.Text;
using SalesBot.Dialogs.Localization;
using SalesBot.Dialogs.Nudges;
using SalesBot.Dialogs.Prompts;

namespace SalesBot.Dialogs.Commands;

/// <summary>"nudges": your upcoming reminders; "nudges pause 2 weeks|until 1 Dec", "nudges resume", "nudges digest 8:30|off".</summary>
internal sealed class NudgesCommand() : BotCommand(
    "nudges", "nudges [pause <2 weeks | until 1 Dec> | resume | digest <8:30 | off>]", "Your upcoming reminders; pause them for a vacation, or get one morning digest instead of separate pings.", "reminders")
{
    public override async Task<DialogTurnResult> ExecuteAsync(DialogContext dc, string arguments, CancellationToken cancellationToken)
    {
        var session = dc.Context.Session;
        if (session.Nudges is null)
        {
            dc.Context.Send(Strings.Get("Nudges.Off"));
            return Done;
        }

        var profile = await session.GetProfileAsync(cancellationToken);
        var calendar = (await session.GetNudgeTimingAsync(cancellationToken)).Calendar;
        var (verb, rest) = ArgumentText.FirstWord(arguments);
        switch (verb.Length == 0 ? "" : CommandWords.Sub(Name, verb, "pause", "resume", "digest"))
        {
            case "":
                dc.Context.Send(await ListAsync(dc, calendar, cancellationToken));
                return Done;
            case "pause":
                var today = DateOnly.FromDateTime(calendar.Local(session.Now));
                var text = rest.Trim();
                var date = DateRecognizer.Recognize(WithoutUntil(text), today, dc.Context.Turn.Locale);
                if (!date.Succeeded)
                {
                    date = DateRecognizer.Recognize("in " + text, today, dc.Context.Turn.Locale);
                }

                if (!date.Succeeded || DateOnly.ParseExact(date.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture) is var back && back <= today)
                {
                    dc.Context.Send(Strings.Format("Nudges.UntilWhen", Strings.Get("Nudges.PauseWeeks"), Strings.Get("Nudges.PauseUntil")));
                    return Done;
                }

                session.SaveProfile(profile with { PausedFrom = session.Now, PausedUntil = calendar.ToInstant(back, TimeOnly.MinValue) });
                session.ReplanAllNudges();
                dc.Context.Send(Strings.Format("Nudges.Paused", Words.LongDay(back), Strings.Get("Nudges.Resume")));
                return Done;
            case "resume":
                if (profile.PausedUntil is not { } until || until <= session.Now)
                {
                    dc.Context.Send(Strings.Get("Nudges.NotPaused"));
                    return Done;
                }

                session.SaveProfile(profile with { PausedUntil = session.Now });
                session.ReplanAllNudges();
                dc.Context.Send(Strings.Get("Nudges.Resumed"));
                return Done;
            case "digest":
                var value = rest.Trim().ToLowerInvariant();
                if (CommandWords.Sub(Name, value, "off") is not null)
                {
                    session.SaveProfile(profile with { DigestAt = null });
                    session.ReplanAllNudges();
                    dc.Context.Send(Strings.Get("Nudges.DigestOff"));
                    return Done;
                }

                if (!TimeOnly.TryParse(value, CultureInfo.InvariantCulture, out var at))
                {
                    dc.Context.Send(Strings.Format("Nudges.AtWhatTime", Strings.Get("Nudges.DigestExample"), Strings.Get("Nudges.DigestOffExample")));
                    return Done;
                }

                session.SaveProfile(profile with { DigestAt = at });
                session.ReplanAllNudges();
                dc.Context.Send(Strings.Format("Nudges.DigestAt", at.ToString("HH:mm", CultureInfo.InvariantCulture)));
                return Done;
            default:
                dc.Context.Send(Strings.Format("Nudges.Say", CommandWords.LocalUsage(Name, Usage)));
                return Done;
        }
    }

    private static async Task<string> ListAsync(DialogContext dc, Core.Nudges.WorkingCalendar calendar, CancellationToken cancellationToken)
    {
        var session = dc.Context.Session;
        var pending = await session.Nudges!.Store.ListPendingAsync(session.Owner, cancellationToken);
        var deals = (await session.ListDealsAsync(cancellationToken)).ToDictionary(d => d.Id);
        var profile = await session.GetProfileAsync(cancellationToken);
        var text = new StringBuilder();
        text.Append(Strings.Get(pending.Count == 0 ? "Nudges.None" : "Nudges.Upcoming"));
        foreach (var nudge in pending)
        {
            var prospect = deals.TryGetValue(nudge.DealId, out var deal) ? deal.Prospect : Strings.Get("Nudges.UnknownDeal");
            text.Append(CultureInfo.InvariantCulture, $"\n- **{prospect}**: {NudgeText.Kind(nudge.Kind)}, {NudgeText.When(calendar, nudge.DueAt)}{(nudge.Snoozed ? Strings.Get("Nudges.SnoozedMark") : "")}");
        }

        text.Append('\n').Append(Strings.Format("Nudges.Times", calendar.Zone.Id, Clock(calendar.Hours.Start), Clock(calendar.Hours.End)));
        if (profile.DigestAt is { } digest)
        {
            text.Append(Strings.Format("Nudges.InDigest", Clock(digest)));
        }

        if (profile.PausedUntil is { } until && until > session.Now)
        {
            text.Append(Strings.Format("Nudges.PausedUntil", Words.LongDay(DateOnly.FromDateTime(calendar.Local(until)))));
        }

        return text.ToString();
    }

    private static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"until 1 Dec", "до 1 декабря", "do 1 grudnia" → the date alone.</summary>
    private static string WithoutUntil(string text)
    {
        foreach (var until in new[] { "until ", "до ", "do " })
        {
            if (text.StartsWith(until, StringComparison.OrdinalIgnoreCase))
            {
                return text[until.Length..];
            }
        }

        return text;
    }
}
