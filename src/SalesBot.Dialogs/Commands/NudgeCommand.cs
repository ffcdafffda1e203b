using SalesBot.Core.Nudges;
using SalesBot.Dialogs.Nudges;

namespace SalesBot.Dialogs.Commands;

/// <summary>
/// The one-tap actions on a nudge: "nudge done|snooze|drop &lt;id&gt; [hour|tomorrow|week]". The id is looked up among
/// the user's own nudges only, so a forged id from another user's button does nothing.
/// </summary>
internal sealed class NudgeCommand() : BotCommand(
    "nudge", "nudge done|snooze|drop <id> [hour|tomorrow|week]", "What the buttons on a reminder do: mark it done, snooze it, or drop the prospect.")
{
    public override async Task<DialogTurnResult> ExecuteAsync(DialogContext dc, string arguments, CancellationToken cancellationToken)
    {
        var session = dc.Context.Session;
        var (verb, rest) = ArgumentText.FirstWord(arguments);
        var (id, when) = ArgumentText.FirstWord(rest);
        if (session.Nudges is not { } nudges || id.Length == 0 || verb.ToLowerInvariant() is not ("done" or "snooze" or "drop"))
        {
            dc.Context.Send($"Use the buttons on a reminder, or say `{Usage}`. Say `nudges` to see your reminders.");
            return Done;
        }

        var nudge = await nudges.Store.GetAsync(session.Owner, id, cancellationToken);
        var deal = nudge is null ? null : await session.GetDealAsync(nudge.DealId, cancellationToken);
        if (nudge is null || deal is null)
        {
            dc.Context.Send("I can't find that reminder among yours. Say `nudges` to see your reminders.");
            return Done;
        }

        if (nudge.State is NudgeState.Done or NudgeState.Cancelled)
        {
            dc.Context.Send($"That reminder about {new UserText(deal.Prospect)} is already {(nudge.State == NudgeState.Done ? "done" : "closed")}.");
            return Done;
        }

        var timing = await session.GetNudgeTimingAsync(cancellationToken);
        switch (verb.ToLowerInvariant())
        {
            case "snooze":
                var until = SnoozeUntil(when, timing.Calendar, session.Now);
                session.SnoozeNudge(nudge.Id, until);
                dc.Context.Send($"Snoozed: I'll remind you about {new UserText(deal.Prospect)} on {NudgeText.When(timing.Calendar, until)}.");
                break;
            case "drop":
                session.CompleteNudge(nudge.Id);
                if (deal.IsOpen)
                {
                    var reason = nudge.Kind is NudgeKind.Drop or NudgeKind.Letter
                        ? "no answer after three calls and a letter"
                        : $"dropped from the {NudgeText.Kind(nudge.Kind)} reminder";
                    deal.Close(DealStatus.Dropped, reason, session.Now);
                    session.Changed(deal);
                    session.AddEvent(deal, "status", $"Marked dropped: {reason}");
                }

                dc.Context.Send($"Dropped {new UserText(deal.Prospect)} ({new UserText(deal.ClosedReason ?? "")}). Bad prospects never turn into good partners — on to the next one.");
                break;
            default:
                session.CompleteNudge(nudge.Id);
                dc.Context.Send(await DoneAsync(session, deal, nudge, timing, cancellationToken));
                break;
        }

        return Done;
    }

    private static async Task<string> DoneAsync(
        Conversation.DealSession session, Deal deal, Nudge nudge, NudgeTiming timing, CancellationToken cancellationToken)
    {
        var logged = nudge.Kind switch
        {
            NudgeKind.Call2 or NudgeKind.Call3 => Log(session, deal, TouchKind.Call, $"no answer ({NudgeText.Kind(nudge.Kind)}, from a reminder)"),
            NudgeKind.Letter => Log(session, deal, TouchKind.Letter, "personal letter sent"),
            NudgeKind.Entry => Log(session, deal, TouchKind.Call, "got in touch after the pause (entry)"),
            NudgeKind.Reentry => Log(session, deal, TouchKind.Call, "got in touch again after the exit (re-entry)"),
            _ => Note(session, deal, nudge),
        };
        var snapshot = await session.SnapshotAsync(deal, cancellationToken);
        var next = session.Nudges!.Planner.Plan(snapshot, timing, session.Now)
            .Where(n => n.Id != nudge.Id)
            .OrderBy(n => n.DueAt)
            .FirstOrDefault();
        var then = next is null
            ? ""
            : $" Next reminder: {NudgeText.Kind(next.Kind)} on {NudgeText.When(timing.Calendar, next.DueAt)}.";
        return $"Done: {logged}.{then}";
    }

    private static string Log(Conversation.DealSession session, Deal deal, TouchKind kind, string outcome)
    {
        session.AddTouch(deal, kind, outcome);
        return $"logged a {kind.ToString().ToLowerInvariant()} with {new UserText(deal.Prospect)}: {new UserText(outcome)}";
    }

    private static string Note(Conversation.DealSession session, Deal deal, Nudge nudge)
    {
        deal.Touch(session.Now);
        session.Changed(deal);
        session.AddEvent(deal, "nudge", $"Done: {NudgeText.Kind(nudge.Kind)} reminder.");
        return $"the {NudgeText.Kind(nudge.Kind)} reminder for {new UserText(deal.Prospect)} is done";
    }

    private static DateTimeOffset SnoozeUntil(string when, WorkingCalendar calendar, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(calendar.Local(now));
        return when.Trim().ToLowerInvariant() switch
        {
            "tomorrow" => calendar.NextWorkingMoment(calendar.ToInstant(today.AddDays(1), calendar.Hours.Start)),
            "week" or "next-week" => calendar.NextWorkingMoment(calendar.ToInstant(today.AddDays(7), calendar.Hours.Start)),
            _ => calendar.NextWorkingMoment(now.AddHours(1)),
        };
    }
}
