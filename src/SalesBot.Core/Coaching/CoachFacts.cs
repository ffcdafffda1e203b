using SalesBot.Core.Deals;
using SalesBot.Core.Playbooks;

namespace SalesBot.Core.Coaching;

/// <summary>Picks what the coach may work from out of a deal: the recorded free-text answers of the needs and goals, and the call dates.</summary>
public static class CoachFacts
{
    /// <summary>
    /// The current free-text answers of the unjudged steps before the close, in playbook order: what the prospect said
    /// they want. Screening and qualification notes, yes/no answers, skips and the close's own answers stay out.
    /// </summary>
    public static IReadOnlyList<CoachFact> Recorded(Playbook playbook, AnswerSheet answers)
    {
        var facts = new List<CoachFact>();
        foreach (var step in playbook.Steps.Where(s => !s.Judged && !s.OpensWithSummary))
        {
            foreach (var question in step.Questions.Where(q => q.Kind == AnswerKind.Text))
            {
                if (answers.Current(step.Id, question.Id) is { Value.Length: > 0 } answer)
                {
                    facts.Add(new CoachFact(question.Text, answer.Value));
                }
            }
        }

        return facts;
    }

    /// <summary>The days of the recorded calls, oldest first, in the given time zone.</summary>
    public static IReadOnlyList<DateOnly> CallDates(DealSnapshot snapshot, TimeZoneInfo zone) =>
        snapshot.Touches
            .Where(t => t.Kind == TouchKind.Call)
            .OrderBy(t => t.At)
            .Select(t => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(t.At, zone).DateTime))
            .ToList();
}
