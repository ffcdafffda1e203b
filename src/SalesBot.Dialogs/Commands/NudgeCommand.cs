using SalesBot.Core.Nudges;
using SalesBot.Dialogs.Localization;
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
        var action = CommandWords.Sub(Name, verb, "done", "snooze", "drop");
        if (session.Nudges is not { } nudges || id.Length == 0 || action is null)
        {
            dc.Context.Send(Strings.Format("Nudge.UseButtons", CommandWords.LocalUsage(Name, Usage), CommandWords.Local("nudges")));
            return Done;
        }

        var nudge = await nudges.Store.GetAsync(session.Owner, id, cancellationToken);
        var deal = nudge is null ? null : await session.GetDealAsync(nudge.DealId, cancellationToken);
        if (nudge is null || deal is null)
        {
            dc.Context.Send(Strings.Format("Nudge.NotFound", CommandWords.Local("nudges")));
            return Done;
        }

        if (nudge.State is NudgeState.Done or NudgeState.Cancelled)
        {
            dc.Context.Send(Strings.Format(nudge.State == NudgeState.Done ? "Nudge.AlreadyDone" : "Nudge.AlreadyClosed", new UserText(deal.Prospect).ToString()));
            return Done;
        }

        var timing = await session.GetNudgeTimingAsync(cancellationToken);
        switch (action)
        {
            case "snooze":
                var until = SnoozeUntil(when, timing.Calendar, session.Now);
                session.SnoozeNudge(nudge.Id, until);
                dc.Context.Send(Strings.Format("Nudge.Snoozed", new UserText(deal.Prospect).ToString(), NudgeText.When(timing.Calendar, until)));
                break;
            case "drop":
                session.CompleteNudge(nudge.Id);
                if (deal.IsOpen)
                {
                    var reason = nudge.Kind is NudgeKind.Drop or NudgeKind.Letter
                        ? Strings.Get("Nudge.DropAfterCadence")
                        : Strings.Format("Nudge.DropFrom", NudgeText.Kind(nudge.Kind));
                    deal.Close(DealStatus.Dropped, reason, session.Now);
                    session.Changed(deal);
                    session.AddEvent(deal, "status", DealHistory.Closed(DealStatus.Dropped, reason));
                }

                dc.Context.Send(Strings.Format("Nudge.Dropped", new UserText(deal.Prospect).ToString(), new UserText(deal.ClosedReason ?? "").ToString()));
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
            NudgeKind.Call2 or NudgeKind.Call3 => Log(session, deal, TouchKind.Call, Strings.Format("Nudge.NoAnswer", NudgeText.Kind(nudge.Kind))),
            NudgeKind.Letter => Log(session, deal, TouchKind.Letter, Strings.Get("Nudge.LetterSent")),
            NudgeKind.Entry => Log(session, deal, TouchKind.Call, Strings.Get("Nudge.EntryTouch")),
            NudgeKind.Reentry => Log(session, deal, TouchKind.Call, Strings.Get("Nudge.ReentryTouch")),
            _ => Note(session, deal, nudge),
        };
        var snapshot = await session.SnapshotAsync(deal, cancellationToken);
        var next = session.Nudges!.Planner.Plan(snapshot, timing, session.Now)
            .Where(n => n.Id != nudge.Id)
            .OrderBy(n => n.DueAt)
            .FirstOrDefault();
        var then = next is null
            ? ""
            : Strings.Format("Nudge.NextReminder", NudgeText.Kind(next.Kind), NudgeText.When(timing.Calendar, next.DueAt));
        return Strings.Format("Nudge.Done", logged, then);
    }

    private static string Log(Conversation.DealSession session, Deal deal, TouchKind kind, string outcome)
    {
        session.AddTouch(deal, kind, outcome);
        return Strings.Format("Nudge.Logged", Words.Touch(kind), new UserText(deal.Prospect).ToString(), new UserText(outcome).ToString());
    }

    private static string Note(Conversation.DealSession session, Deal deal, Nudge nudge)
    {
        deal.Touch(session.Now);
        session.Changed(deal);
        session.AddEvent(deal, "nudge", DealHistory.NudgeDone(nudge.Kind));
        return Strings.Format("Nudge.NoteDone", NudgeText.Kind(nudge.Kind), new UserText(deal.Prospect).ToString());
    }

    private static DateTimeOffset SnoozeUntil(string when, WorkingCalendar calendar, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(calendar.Local(now));
        return CommandWords.Sub("nudge", when.Trim(), "hour", "tomorrow", "week", "next-week") switch
        {
            "tomorrow" => calendar.NextWorkingMoment(calendar.ToInstant(today.AddDays(1), calendar.Hours.Start)),
            "week" or "next-week" => calendar.NextWorkingMoment(calendar.ToInstant(today.AddDays(7), calendar.Hours.Start)),
            _ => calendar.NextWorkingMoment(now.AddHours(1)),
        };
    }
}
