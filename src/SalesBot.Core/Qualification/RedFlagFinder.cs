using SalesBot.Core.Deals;
using SalesBot.Core.Playbooks;

namespace SalesBot.Core.Qualification;

/// <summary>
/// Finds the red flags that fire on the current answers. When several rules of one question fire (a budget below the
/// starting price and far below it), only the most severe ones count: the answer has one meaning.
/// </summary>
public static class RedFlagFinder
{
    public static IEnumerable<RedFlag> Find(PlaybookStep step, AnswerSheet answers, PricePoint price)
    {
        foreach (var question in step.Questions)
        {
            if (answers.Current(step.Id, question.Id) is not { } answer)
            {
                continue;
            }

            foreach (var rule in Fired(question, answer, price))
            {
                yield return new RedFlag(step.Id, question.Id, rule.Id, rule.Severity, rule.Flag, rule.Advice) { ClosesWhen = rule.ClosesWhen };
            }
        }
    }

    /// <summary>The most severe rules of <paramref name="question"/> that fire on <paramref name="answer"/>.</summary>
    public static IReadOnlyList<RedFlagRule> Fired(Question question, Answer answer, PricePoint price)
    {
        var fired = question.RedFlags.Where(r => RedFlagEvaluator.Fires(r, answer, price.StartingPrice, price.Currency)).ToList();
        if (fired.Count < 2)
        {
            return fired;
        }

        var worst = fired.Max(r => r.Severity);
        return fired.Where(r => r.Severity == worst).ToList();
    }
}
