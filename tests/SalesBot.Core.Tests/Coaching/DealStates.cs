using SalesBot.Core.Coaching;
using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;
using SalesBot.Core.Playbooks;
using SalesBot.Core.Qualification;
using SalesBot.Core.Tests.Deals;

namespace SalesBot.Core.Tests.Coaching;

/// <summary>Deals in the states the coach has to handle, over the shipped playbook.</summary>
internal static class DealStates
{
    public static readonly Playbook DefaultPlaybook = PlaybookLoader.LoadDefault();

    public static readonly PricePoint Price = new(5000m, "USD");

    public static readonly Owner Owner = new("local", "alice");

    /// <summary>A screen and a qualification with nothing wrong: score 100.</summary>
    public static readonly (string Step, string Question, string Value)[] Qualified =
    [
        ("screen", "serious", "yes"),
        ("screen", "afford", "yes"),
        ("qualify", "need", "yes"),
        ("qualify", "experience", "yes"),
        ("qualify", "can-pay", "yes"),
        ("qualify", "repeat-business", "yes"),
        ("qualify", "budget", "8000 USD"),
        ("qualify", "deadline", "2027-03-01"),
        ("qualify", "worked-before", "yes"),
        ("qualify", "decision-maker", "yes"),
        ("qualify", "personality", "yes"),
        ("qualify", "gut", "good"),
    ];

    public static Deal Deal(string prospect, params string[] completedSteps)
    {
        var deal = Core.Deals.Deal.Start(Owner, prospect, Answers.Now);
        foreach (var stepId in completedSteps)
        {
            deal.CompleteStep(stepId, DefaultPlaybook.GetStep(stepId).Link, Answers.Now);
        }

        return deal;
    }

    /// <summary>The ids of every step up to and including <paramref name="lastStepId"/>, in playbook order.</summary>
    public static string[] StepsThrough(string lastStepId)
    {
        var ids = DefaultPlaybook.Steps.Select(s => s.Id).ToList();
        return ids.Take(ids.IndexOf(lastStepId) + 1).ToArray();
    }

    public static DealSnapshot Snapshot(Deal deal, params (string Step, string Question, string Value)[] answers) =>
        new(deal, Answers.Sheet(answers), [], [], Price);

    public static NextStep Advise(DealSnapshot snapshot) =>
        NextStepAdvisor.Advise(DefaultPlaybook, snapshot, QualificationJudge.Judge(DefaultPlaybook, snapshot.Answers, snapshot.Price));

    public static RedFlagRule Rule(string stepId, string questionId, string ruleId) =>
        DefaultPlaybook.GetStep(stepId).FindQuestion(questionId)?.RedFlags.Single(r => r.Id == ruleId)
        ?? throw new Xunit.Sdk.XunitException($"No question {stepId}/{questionId}.");

    public static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
