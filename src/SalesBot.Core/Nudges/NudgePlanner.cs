using System.Globalization;
using SalesBot.Core.Coaching;
using SalesBot.Core.Deals;

namespace SalesBot.Core.Nudges;

/// <summary>
/// Decides which nudges a deal wants now, from its stage, status, touches and answers. Pure: the same deal gives the
/// same nudges with the same ids, so planning again never adds a second one and the store can cancel the rest.
/// </summary>
public sealed class NudgePlanner(NudgeRules rules)
{
    public NudgeRules Rules { get; } = rules;

    public IReadOnlyList<Nudge> Plan(DealSnapshot snapshot, NudgeTiming timing, DateTimeOffset now)
    {
        var deal = snapshot.Deal;
        var wanted = new List<Nudge>();
        void Want(NudgeKind kind, DateTimeOffset ideal, DateTimeOffset? cause) =>
            wanted.Add(new Nudge(Nudge.MakeId(deal.Id, kind, cause), deal.Owner, deal.Id, kind, timing.Schedule(ideal), now));

        // "Nothing happened for N days" counts from the day of the last activity and comes at the start of a working day:
        // every turn of one day plans the very same nudge, so planning it again writes nothing.
        void WantAfterQuietDays(NudgeKind kind, int days)
        {
            var day = DateOnly.FromDateTime(timing.Calendar.Local(deal.UpdatedAt));
            Want(kind, timing.Calendar.ToInstant(day.AddDays(days), timing.Calendar.Hours.Start), timing.Calendar.ToInstant(day, TimeOnly.MinValue));
        }

        if (IsOver(deal))
        {
            return wanted;
        }

        if (deal.IsOpen)
        {
            var followUp = FollowUp(snapshot.Touches, timing.Calendar);
            if (followUp is { } next)
            {
                Want(next.Kind, next.Ideal, next.Cause);
            }
            else if (deal.Stage == DealLink.Engagement)
            {
                WantAfterQuietDays(NudgeKind.Entry, Rules.EntryAfterDays);
            }
            else if (Rules.StalledAfterDays.TryGetValue(deal.Stage, out var days))
            {
                WantAfterQuietDays(NudgeKind.Stalled, days);
            }

            if (MeetingDate(snapshot.Answers) is { } meeting && DateOnly.FromDateTime(timing.Calendar.Local(now)) < meeting)
            {
                var ideal = timing.Calendar.WorkingDayStartBefore(meeting, 1);
                Want(NudgeKind.Prepare, ideal < now ? now : ideal, new DateTimeOffset(meeting.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
            }
        }

        if (WantsFeedback(deal))
        {
            var closedAt = snapshot.Events.LastOrDefault(e => e.Kind is "stage" or "status")?.At ?? deal.UpdatedAt;
            Want(NudgeKind.Feedback, timing.Calendar.AddDays(closedAt, Rules.Feedback.AfterDays), null);
        }

        if (Reentry(snapshot.Answers, timing.Calendar) is { } reentry)
        {
            Want(NudgeKind.Reentry, reentry.Ideal, reentry.Cause);
        }

        return wanted;
    }

    /// <summary>
    /// Whether planning this deal reads its events (for the closing date of the feedback nudge); when not, the caller
    /// need not load them. Every turn plans the deal it changed, so this saves a read on most turns.
    /// </summary>
    public bool ReadsEvents(Deal deal) => !IsOver(deal) && WantsFeedback(deal);

    /// <summary>A lost or dropped deal wants no nudges at all.</summary>
    private static bool IsOver(Deal deal) => deal.Status is DealStatus.Lost or DealStatus.Dropped;

    private bool WantsFeedback(Deal deal) => deal.Stage >= DealLink.Closing && !deal.HasCompleted(Rules.Feedback.StepId);

    private (NudgeKind Kind, DateTimeOffset Ideal, DateTimeOffset Cause)? FollowUp(IEnumerable<Touch> touches, WorkingCalendar calendar)
    {
        var state = Rules.FollowUp.Read(touches);
        var rules = Rules.FollowUp;
        return state switch
        {
            { LetterAt: { } letter } => (NudgeKind.Drop, calendar.AddDays(letter, rules.DropAfterDays), letter),
            { SilentCalls: 1, LastSilentAt: { } last } => (NudgeKind.Call2, calendar.AddBusinessDays(last, rules.Call2AfterBusinessDays), last),
            { SilentCalls: 2, LastSilentAt: { } last } => (NudgeKind.Call3, calendar.AddBusinessDays(last, rules.Call3AfterBusinessDays), last),
            { SilentCalls: >= 3, LastSilentAt: { } last } => (NudgeKind.Letter, calendar.AddDays(last, rules.LetterAfterDays), last),
            _ => null,
        };
    }

    private DateOnly? MeetingDate(AnswerSheet answers) =>
        answers.Current(Rules.MeetingDate.StepId, Rules.MeetingDate.QuestionId)?.Value is { Length: > 0 } text
        && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    private (DateTimeOffset Ideal, DateTimeOffset Cause)? Reentry(AnswerSheet answers, WorkingCalendar calendar)
    {
        var likely = answers.Current(Rules.Reentry.RepeatLikely.StepId, Rules.Reentry.RepeatLikely.QuestionId);
        if (likely is null || !string.Equals(likely.Value, "yes", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var monthsText = answers.Current(Rules.Reentry.Months.StepId, Rules.Reentry.Months.QuestionId)?.Value;
        var months = decimal.TryParse(monthsText, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) && parsed >= 1 && parsed <= 120
            ? (int)Math.Round(parsed)
            : Rules.Reentry.DefaultMonths;
        return (calendar.AddMonths(likely.RecordedAt, months), likely.RecordedAt);
    }
}
