using System.Globalization;
using SalesBot.Core.Coaching;
using SalesBot.Core.Nudges;
using SalesBot.Core.Qualification;
using SalesBot.Dialogs.Localization;

namespace SalesBot.Dialogs.Nudges;

/// <summary>
/// The words and buttons of each kind of nudge, built from the deal as it is when the nudge is sent, in the current
/// language (the dispatcher writes each user's nudges in theirs). The commands on the buttons stay the English ones.
/// </summary>
public static class NudgeMessages
{
    /// <param name="draft">For the letter and feedback nudges, the coach's draft of the letter or the questionnaire.</param>
    public static NudgeItem Build(Nudge nudge, DealSnapshot snapshot, Playbook playbook, WorkingCalendar calendar, string? draft = null)
    {
        var deal = snapshot.Deal;
        var name = UserText.Escape(deal.Prospect);
        var quoted = NextStepAdvisor.Quote(deal.Prospect);
        var followUp = playbook.Nudges.FollowUp.Read(snapshot.Touches);
        var since = followUp.FirstSilentAt is { } first ? Strings.Format("NudgeMsg.Since", Day(calendar, first)) : "";
        var logCall = $"{CommandWords.Local("log")} {quoted} {Words.Touch(TouchKind.Call)} <{Strings.Get("Placeholder.outcome")}>";
        var (title, text) = nudge.Kind switch
        {
            NudgeKind.Call2 => (Strings.Format("NudgeMsg.Call2.Title", name), Strings.Format("NudgeMsg.Call2.Text", since, logCall)),
            NudgeKind.Call3 => (Strings.Format("NudgeMsg.Call3.Title", name), Strings.Format("NudgeMsg.Call3.Text", since, logCall)),
            NudgeKind.Letter => (Strings.Format("NudgeMsg.Letter.Title", name), Strings.Format("NudgeMsg.Letter.Text", since)),
            NudgeKind.Drop => (Strings.Format("NudgeMsg.Drop.Title", name), Strings.Format("NudgeMsg.Drop.Text", since, name)),
            NudgeKind.Entry => (Strings.Format("NudgeMsg.Entry.Title", name), Strings.Format("NudgeMsg.Entry.Text", name)),
            NudgeKind.Prepare => (
                Strings.Format("NudgeMsg.Prepare.Title", name),
                Strings.Format("NudgeMsg.Prepare.Text", MeetingDay(snapshot, playbook), $"{CommandWords.Local("prepare")} {quoted}")),
            NudgeKind.Stalled => (
                Strings.Format("NudgeMsg.Stalled.Title", name),
                Strings.Format("NudgeMsg.Stalled.Text", name, Day(calendar, deal.UpdatedAt), Core.Localization.DealWords.Link(deal.Stage), Next(playbook, snapshot))),
            NudgeKind.Feedback => (
                Strings.Format("NudgeMsg.Feedback.Title", name),
                Strings.Format("NudgeMsg.Feedback.Text", name, $"{CommandWords.Local(playbook.Nudges.Feedback.StepId)} {quoted}")),
            NudgeKind.Reentry => (Strings.Format("NudgeMsg.Reentry.Title", name), Strings.Format("NudgeMsg.Reentry.Text", name)),
            _ => throw new ArgumentOutOfRangeException(nameof(nudge), nudge.Kind, "Unknown nudge kind."),
        };
        return new NudgeItem(title, text, draft, Actions(nudge, quoted));
    }

    private static IReadOnlyList<Choice> Actions(Nudge nudge, string quotedProspect)
    {
        var done = nudge.Kind switch
        {
            NudgeKind.Call2 or NudgeKind.Call3 => "NudgeMsg.Button.DoneNoAnswer",
            NudgeKind.Drop => "NudgeMsg.Button.DoneKeep",
            _ => "NudgeMsg.Button.Done",
        };
        return
        [
            new Choice(Strings.Get(done), $"nudge done {nudge.Id}"),
            new Choice(Strings.Get("NudgeMsg.Button.Snooze"), $"nudge snooze {nudge.Id} hour"),
            new Choice(Strings.Get("NudgeMsg.Button.Tomorrow"), $"nudge snooze {nudge.Id} tomorrow"),
            new Choice(Strings.Get("NudgeMsg.Button.NextWeek"), $"nudge snooze {nudge.Id} week"),
            new Choice(Strings.Get("NudgeMsg.Button.Drop"), $"nudge drop {nudge.Id}"),
            new Choice(Strings.Get("NudgeMsg.Button.Open"), $"deal {quotedProspect}"),
        ];
    }

    private static string Next(Playbook playbook, DealSnapshot snapshot)
    {
        var next = NextStepAdvisor.Advise(playbook, snapshot, QualificationJudge.Judge(playbook, snapshot.Answers, snapshot.Price));
        return next.Command is { } command ? Strings.Format("NudgeMsg.Next", next.Action, command) : Strings.Format("NudgeMsg.NextNoCommand", next.Action);
    }

    private static string MeetingDay(DealSnapshot snapshot, Playbook playbook)
    {
        var meeting = playbook.Nudges.MeetingDate;
        var value = snapshot.Answers.Current(meeting.StepId, meeting.QuestionId)?.Value;
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? Words.LongDay(date)
            : Strings.Get("NudgeMsg.Prepare.NoDate");
    }

    private static string Day(WorkingCalendar calendar, DateTimeOffset at) =>
        calendar.Local(at).ToString("ddd d MMM", CultureInfo.CurrentUICulture);
}
