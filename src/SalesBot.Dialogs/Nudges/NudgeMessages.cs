using System.Globalization;
using SalesBot.Core.Coaching;
using SalesBot.Core.Nudges;
using SalesBot.Core.Qualification;

namespace SalesBot.Dialogs.Nudges;

/// <summary>The words and buttons of each kind of nudge, built from the deal as it is when the nudge is sent.</summary>
public static class NudgeMessages
{
    /// <param name="draft">For the letter and feedback nudges, the coach's draft of the letter or the questionnaire.</param>
    public static NudgeItem Build(Nudge nudge, DealSnapshot snapshot, Playbook playbook, WorkingCalendar calendar, string? draft = null)
    {
        var deal = snapshot.Deal;
        var name = UserText.Escape(deal.Prospect);
        var quoted = NextStepAdvisor.Quote(deal.Prospect);
        var followUp = playbook.Nudges.FollowUp.Read(snapshot.Touches);
        var since = followUp.FirstSilentAt is { } first ? $" since {Day(calendar, first)}" : "";
        var (title, text) = nudge.Kind switch
        {
            NudgeKind.Call2 => (
                $"Call {name} again (call 2 of 3)",
                $"Your last call{since} got no real answer. Call again: remind them of your conversation and propose the next step. " +
                $"Tap **Done** when you've called and they didn't pick up; if they did, tell me how it went: `log {quoted} call <outcome>`."),
            NudgeKind.Call3 => (
                $"Call {name} once more (call 3 of 3)",
                $"Two calls{since} without an answer. Call a third time: you're both busy people — ask plainly what the next step is. " +
                $"Tap **Done** if they didn't answer; if they did, `log {quoted} call <outcome>`."),
            NudgeKind.Letter => (
                $"Send {name} the personal letter",
                $"Three calls{since} and no answer. Send a short letter marked \"personal\": friendly surprise that you didn't manage to talk, " +
                "and an open door if their interest returns. A draft is below; tap **Done** once it's sent."),
            NudgeKind.Drop => (
                $"Time to let {name} go?",
                $"Three calls and a letter{since}, and still silence. Bad prospects never turn into good partners: drop {name} and spend the time on " +
                "people who answer. Tap **Drop prospect** (the reason is recorded), or **Done** to keep them."),
            NudgeKind.Entry => (
                $"The pause with {name} is over",
                $"You engaged {name} a while ago. Time for the entry: get in touch, listen more than you talk, and find where their needs and " +
                "your strengths meet. Tap **Done** once you've reached out."),
            NudgeKind.Prepare => (
                $"Prepare for your meeting with {name}",
                $"The meeting is on {MeetingDay(snapshot, playbook)}. Finish your research today — the company, its owners, how it makes money — " +
                $"so you never have to ask what they do. `prepare {quoted}` walks you through it."),
            NudgeKind.Stalled => (
                $"{name} has gone quiet",
                $"Nothing has happened on {name} since {Day(calendar, deal.UpdatedAt)} (stage: {deal.Stage.Name()}). {Next(playbook, snapshot)} " +
                "Tap **Done** if it's in hand."),
            NudgeKind.Feedback => (
                $"Collect {name}'s feedback",
                $"The work for {name} is handed over. Always ask for feedback: are they satisfied, and if not, with what exactly? Ask them to " +
                $"write it down too. Questions to give them are below; `{playbook.Nudges.Feedback.StepId} {quoted}` records their answers."),
            NudgeKind.Reentry => (
                $"Come in again with {name}",
                $"You left {name} on good terms and judged repeat business likely. An exit is never a full stop: offer a new project, new terms " +
                "or a new product. Tap **Done** once you've been in touch."),
            _ => throw new ArgumentOutOfRangeException(nameof(nudge), nudge.Kind, "Unknown nudge kind."),
        };
        return new NudgeItem(title, text, draft, Actions(nudge, quoted));
    }

    private static IReadOnlyList<Choice> Actions(Nudge nudge, string quotedProspect)
    {
        var done = nudge.Kind switch
        {
            NudgeKind.Call2 or NudgeKind.Call3 => "Done (no answer)",
            NudgeKind.Drop => "Done (keep them)",
            _ => "Done",
        };
        return
        [
            new Choice(done, $"nudge done {nudge.Id}"),
            new Choice("Snooze 1 hour", $"nudge snooze {nudge.Id} hour"),
            new Choice("Tomorrow", $"nudge snooze {nudge.Id} tomorrow"),
            new Choice("Next week", $"nudge snooze {nudge.Id} week"),
            new Choice("Drop prospect", $"nudge drop {nudge.Id}"),
            new Choice("Open deal", $"deal {quotedProspect}"),
        ];
    }

    private static string Next(Playbook playbook, DealSnapshot snapshot)
    {
        var next = NextStepAdvisor.Advise(playbook, snapshot, QualificationJudge.Judge(playbook, snapshot.Answers, snapshot.Price));
        return next.Command is { } command ? $"Next: {next.Action} (`{command}`)." : $"Next: {next.Action}.";
    }

    private static string MeetingDay(DealSnapshot snapshot, Playbook playbook)
    {
        var meeting = playbook.Nudges.MeetingDate;
        var value = snapshot.Answers.Current(meeting.StepId, meeting.QuestionId)?.Value;
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("dddd d MMMM", CultureInfo.InvariantCulture)
            : "the date you recorded";
    }

    private static string Day(WorkingCalendar calendar, DateTimeOffset at) =>
        calendar.Local(at).ToString("ddd d MMM", CultureInfo.InvariantCulture);
}
