using SalesBot.Core.Coaching;
using SalesBot.Core.Deals;
using SalesBot.Core.Playbooks;
using SalesBot.Core.Qualification;
using SalesBot.Core.Tests.Deals;
using static SalesBot.Core.Tests.Coaching.DealStates;

namespace SalesBot.Core.Tests.Qualification;

/// <summary>
/// The judgement's promises, checked over a large seeded sample of answer combinations to every judged question of
/// the shipped playbook (all of them would be about 30 million), in deals at every point of the process: no
/// "qualified" with an open blocker or hard stop, no later process step for a prospect that is not qualified, and
/// verdict, flags, advice and command always agreeing. The same answers must give the same judgement in every language.
/// </summary>
public sealed class JudgementInvariantTests
{
    private const int Batches = 8;
    private const int PerBatch = 5_000;

    /// <summary>Every judged weighted question with answers that reach each of its red flags, "" being a skip.</summary>
    private static readonly (string Step, string Question, string[] Values)[] Space =
    [
        ("screen", "serious", ["yes", "no", "unsure", ""]),
        ("screen", "afford", ["yes", "no", "unsure", ""]),
        ("qualify", "need", ["yes", "no", "unsure", ""]),
        ("qualify", "experience", ["yes", "no", "unsure", ""]),
        ("qualify", "can-pay", ["yes", "no", "unsure", ""]),
        ("qualify", "repeat-business", ["yes", "no", "unsure", ""]),
        ("qualify", "budget", ["8000 USD", "5000 USD", "4000 USD", "2000 USD", "500 USD", "unknown", "3000 EUR", ""]),
        ("qualify", "deadline", ["2027-03-01", "2026-12-10", "2026-11-26", ""]),
        ("qualify", "worked-before", ["yes", "no", "unsure", ""]),
        ("qualify", "decision-maker", ["yes", "no", "unsure", ""]),
        ("qualify", "personality", ["yes", "no", "unsure", ""]),
        ("qualify", "gut", ["good", "unsure", "bad", ""]),
    ];

    /// <summary>Where the deal is: nothing completed, or completed through each step of the process.</summary>
    private static readonly string?[] Progress = [null, "screen", "qualify", "prepare", "needs", "engage", "finalize", "exit"];

    private static readonly HashSet<string> JudgedStepIds =
        DefaultPlaybook.JudgedSteps.Select(s => s.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static readonly Playbook[] Translations =
        [.. PlaybookLoader.DefaultTranslations.Select(l => PlaybookLoader.LoadDefault(l).Playbook)];

    public static TheoryData<int> BatchNumbers() => [.. Enumerable.Range(0, Batches)];

    [Theory]
    [MemberData(nameof(BatchNumbers))]
    public void Verdict_flags_advice_and_command_never_disagree(int batch)
    {
        var random = new Random(20261203 + batch);
        for (var i = 0; i < PerBatch; i++)
        {
            var (snapshot, described) = RandomDeal(random);
            var judgement = QualificationJudge.Judge(DefaultPlaybook, snapshot.Answers, snapshot.Price);
            var next = NextStepAdvisor.Advise(DefaultPlaybook, snapshot, judgement);
            try
            {
                CheckJudgement(judgement);
                CheckAdvice(snapshot, judgement, next);
                if (i % 25 == 0)
                {
                    CheckLanguageNeutral(snapshot, judgement, next);
                }
            }
            catch (Exception failure) when (failure is Xunit.Sdk.XunitException)
            {
                throw new Xunit.Sdk.XunitException($"Case {batch}/{i}: {described}\n{failure.Message}");
            }
        }
    }

    private static void CheckJudgement(Judgement? judgement)
    {
        if (judgement is null)
        {
            return;
        }

        var severe = judgement.Flags.Where(f => f.Severity > Severity.Warning).ToList();
        Assert.False(judgement.Verdict == Verdict.Qualified && severe.Count > 0, "qualified with an open blocker or hard stop");
        Assert.True(judgement.Flags.All(f => f.Severity != Severity.HardStop) || judgement.Verdict == Verdict.WalkAway, "a hard stop that is not walk away");
        Assert.Equal(judgement.Flags.OrderByDescending(f => f.Severity).Select(f => f.RuleId), judgement.Flags.Select(f => f.RuleId));
        Assert.All(severe, f => Assert.Contains(f.Labelled, judgement.Why, StringComparison.Ordinal));
        Assert.InRange(judgement.Score, 0, 100);
        Assert.InRange(judgement.Answered, 0, judgement.Total);
        Assert.DoesNotContain("of 100", judgement.Why, StringComparison.Ordinal);
        if (judgement.Answered > 0)
        {
            Assert.Contains($"Score {judgement.Score} on {judgement.Answered} of {judgement.Total} answered", judgement.Summary, StringComparison.Ordinal);
        }

        Assert.True(judgement.Verdict != Verdict.Qualified || judgement.Change is null, "qualified, and yet something would change it");
        Assert.True(judgement.Verdict != Verdict.NeedsWork || judgement.Change is not null, "needs work without saying what would change it");
        if (judgement.Verdict == Verdict.NeedsWork && severe.Count > 0)
        {
            Assert.StartsWith("Qualified once ", judgement.Change, StringComparison.Ordinal);
        }
    }

    private static void CheckAdvice(DealSnapshot snapshot, Judgement? judgement, NextStep next)
    {
        var verb = next.Command?.Split(' ', 2)[0] ?? "";
        var blocker = judgement?.Flags.FirstOrDefault(f => f.Severity == Severity.Blocker);
        switch (judgement?.Verdict)
        {
            case Verdict.WalkAway:
                Assert.Equal("drop", verb);
                Assert.StartsWith("Walk away from ", next.Action, StringComparison.Ordinal);
                Assert.StartsWith("Verdict: walk away.", next.Why, StringComparison.Ordinal);
                break;
            case Verdict.NeedsWork or null:
                Assert.Contains(verb, JudgedStepIds);
                if (blocker is not null)
                {
                    Assert.Equal(blocker.Advice, next.Action);
                    Assert.Equal(blocker.StepId, verb);
                    Assert.StartsWith("Verdict: needs work.", next.Why, StringComparison.Ordinal);
                }

                break;
            case Verdict.Qualified:
                var unanswered = DefaultPlaybook.JudgedSteps
                    .SelectMany(s => s.Questions.Where(q => q.Weight > 0).Select(q => (s.Id, q.Id)))
                    .Any(k => !snapshot.Answers.IsAnswered(k.Item1, k.Item2));
                Assert.False(unanswered && !JudgedStepIds.Contains(verb), "a later step while a judged question is unanswered");
                break;
        }

        Assert.False(next.Why.Contains(next.Action, StringComparison.Ordinal) || next.Action.Contains(next.Why, StringComparison.Ordinal), "the why repeats the advice");
    }

    private static void CheckLanguageNeutral(DealSnapshot snapshot, Judgement? judgement, NextStep next)
    {
        foreach (var translated in Translations)
        {
            var other = QualificationJudge.Judge(translated, snapshot.Answers, snapshot.Price);
            Assert.Equal(judgement?.Verdict, other?.Verdict);
            Assert.Equal(judgement?.Score, other?.Score);
            Assert.Equal(judgement?.Flags.Select(f => f.RuleId), other?.Flags.Select(f => f.RuleId));
            Assert.Equal(next.Command, NextStepAdvisor.Advise(translated, snapshot, other).Command);
        }
    }

    private static (DealSnapshot Snapshot, string Described) RandomDeal(Random random)
    {
        var answers = new List<(string, string, string)>();
        foreach (var (step, question, values) in Space)
        {
            // One question in four is left unasked, so partial screens and qualifications are common.
            if (random.Next(4) > 0)
            {
                answers.Add((step, question, values[random.Next(values.Length)]));
            }
        }

        var through = Progress[random.Next(Progress.Length)];
        var deal = through is null ? Deal("Acme") : Deal("Acme", StepsThrough(through));
        var described = $"completed through {through ?? "nothing"}; " + string.Join(", ", answers.Select(a => $"{a.Item2}={a.Item3}"));
        return (Snapshot(deal, [.. answers]), described);
    }
}
