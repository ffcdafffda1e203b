using SalesBot.Core.Deals;
using SalesBot.Core.Playbooks;

namespace SalesBot.Core.Qualification;

/// <summary>Finds the red flags that fire on the current answers of a step.</summary>
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

            foreach (var rule in question.RedFlags)
            {
                if (RedFlagEvaluator.Fires(rule, answer, price.StartingPrice, price.Currency))
                {
                    yield return new RedFlag(step.Id, question.Id, rule.Id, rule.Severity, rule.Flag, rule.Advice);
                }
            }
        }
    }
}
