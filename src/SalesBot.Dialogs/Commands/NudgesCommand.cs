using System.Globalization;
using System.Text;
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
            dc.Context.Send("Reminders are not switched on here.");
            return Done;
        }

        var profile = await session.GetProfileAsync(cancellationToken);
        var calendar = (await session.GetNudgeTimingAsync(cancellationToken)).Calendar;
        var (verb, rest) = ArgumentText.FirstWord(arguments);
        switch (verb.ToLowerInvariant())
        {
            case "":
                dc.Context.Send(await ListAsync(dc, calendar, cancellationToken));
                return Done;
            case "pause":
                var today = DateOnly.FromDateTime(calendar.Local(session.Now));
                var text = rest.Trim();
                var date = DateRecognizer.Recognize(text.StartsWith("until ", StringComparison.OrdinalIgnoreCase) ? text[6..] : text, today, dc.Context.Turn.Locale);
                if (!date.Succeeded)
                {
                    date = DateRecognizer.Recognize("in " + text, today, dc.Context.Turn.Locale);
                }

                if (!date.Succeeded || DateOnly.ParseExact(date.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture) is var back && back <= today)
                {
                    dc.Context.Send("Until when? Say `nudges pause 2 weeks` or `nudges pause until 1 Dec`.");
                    return Done;
                }

                session.SaveProfile(profile with { PausedFrom = session.Now, PausedUntil = calendar.ToInstant(back, TimeOnly.MinValue) });
                session.ReplanAllNudges();
                dc.Context.Send($"Reminders paused until {back.ToString("dddd d MMMM", CultureInfo.InvariantCulture)}. " +
                    "Anything due meanwhile moves later by the length of the pause, so nothing piles up on your first day back. `nudges resume` ends it early.");
                return Done;
            case "resume":
                if (profile.PausedUntil is not { } until || until <= session.Now)
                {
                    dc.Context.Send("Your reminders aren't paused.");
                    return Done;
                }

                session.SaveProfile(profile with { PausedUntil = session.Now });
                session.ReplanAllNudges();
                dc.Context.Send("Welcome back: reminders are on again.");
                return Done;
            case "digest":
                var value = rest.Trim().ToLowerInvariant();
                if (value == "off")
                {
                    session.SaveProfile(profile with { DigestAt = null });
                    session.ReplanAllNudges();
                    dc.Context.Send("Digest off: each reminder comes on its own, inside working hours.");
                    return Done;
                }

                if (!TimeOnly.TryParse(value, CultureInfo.InvariantCulture, out var at))
                {
                    dc.Context.Send("At what time? Say `nudges digest 8:30`, or `nudges digest off`.");
                    return Done;
                }

                session.SaveProfile(profile with { DigestAt = at });
                session.ReplanAllNudges();
                dc.Context.Send($"From now on your reminders come together in one digest at {at:HH:mm} on working days.");
                return Done;
            default:
                dc.Context.Send($"Say `{Usage}`.");
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
        text.Append(pending.Count == 0 ? "No reminders coming up." : "Your upcoming reminders:");
        foreach (var nudge in pending)
        {
            var prospect = deals.TryGetValue(nudge.DealId, out var deal) ? deal.Prospect : "(deal)";
            text.Append(CultureInfo.InvariantCulture, $"\n- **{prospect}**: {NudgeText.Kind(nudge.Kind)}, {NudgeText.When(calendar, nudge.DueAt)}{(nudge.Snoozed ? " (snoozed)" : "")}");
        }

        text.Append(CultureInfo.InvariantCulture, $"\nTimes are in {calendar.Zone.Id}, {calendar.Hours.Start:HH:mm}–{calendar.Hours.End:HH:mm} on working days.");
        if (profile.DigestAt is { } digest)
        {
            text.Append(CultureInfo.InvariantCulture, $" They come together in a digest at {digest:HH:mm}.");
        }

        if (profile.PausedUntil is { } until && until > session.Now)
        {
            text.Append(CultureInfo.InvariantCulture, $" Paused until {calendar.Local(until):dddd d MMMM}.");
        }

        return text.ToString();
    }
}
