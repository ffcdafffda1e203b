using SalesBot.Core.Deals;
using SalesBot.Core.Playbooks;
using SalesBot.Core.Qualification;
using SalesBot.Core.Tests.Deals;

namespace SalesBot.Core.Tests.Qualification;

/// <summary>
/// The judge over the shipped playbook. Weights: serious 5, afford 5 (screen); need 12, experience 8, can-pay 10,
/// repeat-business 6, budget 12, deadline 8, worked-before 6, decision-maker 12, personality 6, gut 10 (qualify).
/// Answers are recorded on 23 Nov 2026, so a deadline before 23 Dec 2026 is a rush job and one before 7 Dec 2026 a blocker.
/// The starting price is 5,000 USD: below it is a warning, below half of it a blocker, below a fifth a hard stop.
/// </summary>
public sealed class QualificationJudgeDefaultPlaybookTests
{
    private static readonly Playbook Playbook = PlaybookLoader.LoadDefault();
    private static readonly PricePoint Price = new(5000m, "USD");

    /// <summary>A prospect with nothing wrong: every judged question answered at full marks.</summary>
    private static Dictionary<(string Step, string Question), string> Ideal() => new()
    {
        [("screen", "serious")] = "yes",
        [("screen", "afford")] = "yes",
        [("qualify", "need")] = "yes",
        [("qualify", "experience")] = "yes",
        [("qualify", "can-pay")] = "yes",
        [("qualify", "repeat-business")] = "yes",
        [("qualify", "budget")] = "8000 USD",
        [("qualify", "deadline")] = "2027-03-01",
        [("qualify", "worked-before")] = "yes",
        [("qualify", "decision-maker")] = "yes",
        [("qualify", "personality")] = "yes",
        [("qualify", "gut")] = "good",
    };

    private static Judgement Judge(Dictionary<(string Step, string Question), string> answers) =>
        QualificationJudge.Judge(Playbook, Answers.Sheet(answers.Select(a => (a.Key.Step, a.Key.Question, a.Value)).ToArray()), Price)
        ?? throw new Xunit.Sdk.XunitException("Expected a judgement.");

    private static Judgement JudgeIdealWith(string step, string question, string value)
    {
        var answers = Ideal();
        answers[(step, question)] = value;
        return Judge(answers);
    }

    [Fact]
    public void Nothing_answered_gives_no_judgement()
    {
        Assert.Null(QualificationJudge.Judge(Playbook, AnswerSheet.Empty, Price));
    }

    [Fact]
    public void Only_unweighted_or_unjudged_answers_give_no_judgement()
    {
        var sheet = Answers.Sheet(("screen", "found-you", "a referral"), ("needs", "goals", "grow"), ("prepare", "company", "yes"));

        Assert.Null(QualificationJudge.Judge(Playbook, sheet, Price));
    }

    [Fact]
    public void Only_skipped_answers_give_no_judgement()
    {
        var sheet = Answers.Sheet(("screen", "serious", ""), ("qualify", "need", ""));

        Assert.Null(QualificationJudge.Judge(Playbook, sheet, Price));
    }

    [Fact]
    public void An_ideal_prospect_scores_100_and_is_qualified_with_every_weighted_question_counted()
    {
        var judgement = Judge(Ideal());

        Assert.Equal(Verdict.Qualified, judgement.Verdict);
        Assert.Equal(100, judgement.Score);
        Assert.Equal((12, 12), (judgement.Answered, judgement.Total));
        Assert.Empty(judgement.Flags);
        Assert.Equal("Score 100 on 12 of 12 answered (qualified at 75, walk away below 40).", judgement.Why);
        Assert.Null(judgement.Change);
        Assert.DoesNotContain(judgement.Lines, l => l.QuestionId == "found-you");
        Assert.Equal(
            ["serious", "afford", "need", "experience", "can-pay", "repeat-business", "budget", "deadline", "worked-before", "decision-maker", "personality", "gut"],
            judgement.Lines.Select(l => l.QuestionId));
        Assert.Equal(100, judgement.Lines.Sum(l => l.Points));
    }

    [Theory]
    [InlineData("qualify", "experience", "no", "new-industry", 92)]
    [InlineData("qualify", "experience", "unsure", "new-industry", 96)]
    [InlineData("qualify", "repeat-business", "no", "one-off", 94)]
    [InlineData("qualify", "budget", "3000 USD", "budget-too-low", 94)]
    [InlineData("qualify", "budget", "3000 EUR", "budget-other-currency", 94)]
    [InlineData("qualify", "deadline", "2026-12-10", "rush-job", 96)]
    [InlineData("qualify", "worked-before", "no", "first-timer", 94)]
    [InlineData("qualify", "personality", "no", "poor-fit", 94)]
    [InlineData("qualify", "gut", "unsure", "gut-unsure", 95)]
    public void One_warning_costs_its_question_at_least_half_its_weight_and_leaves_the_prospect_qualified(
        string step, string question, string value, string rule, int score)
    {
        var judgement = JudgeIdealWith(step, question, value);

        Assert.Equal(score, judgement.Score);
        Assert.Equal(Verdict.Qualified, judgement.Verdict);
        var flag = Assert.Single(judgement.Flags);
        Assert.Equal((step, question, rule, Severity.Warning), (flag.StepId, flag.QuestionId, flag.RuleId, flag.Severity));
        Assert.Equal($"Score {score} on 12 of 12 answered (qualified at 75, walk away below 40); 1 red flag to watch.", judgement.Why);
    }

    [Theory]
    [InlineData("screen", "serious", "no", "not-serious", 95, "they can say why the project matters to them now")]
    [InlineData("screen", "serious", "unsure", "not-serious", 95, "they can say why the project matters to them now")]
    [InlineData("screen", "afford", "no", "cannot-afford", 95, "they say yes to your starting price")]
    [InlineData("screen", "afford", "unsure", "cannot-afford", 95, "they say yes to your starting price")]
    [InlineData("qualify", "need", "unsure", "need-unclear", 88, "you know they need what you deliver")]
    [InlineData("qualify", "can-pay", "unsure", "payment-unchecked", 90, "you have checked how they pay their bills")]
    [InlineData("qualify", "budget", "unknown", "budget-hidden", 88, "they name a budget")]
    [InlineData("qualify", "budget", "2000 USD", "budget-far-below", 88, "their budget moves close to your starting price")]
    [InlineData("qualify", "deadline", "2026-11-26", "rush-job-days", 92, "the deadline moves to a date you can meet without rushing")]
    [InlineData("qualify", "decision-maker", "no", "not-decision-maker", 88, "the person who signs is in the conversation")]
    [InlineData("qualify", "decision-maker", "unsure", "decision-maker-unknown", 88, "you know who signs and they are in the conversation")]
    public void One_blocker_keeps_an_otherwise_perfect_prospect_from_qualified_and_says_what_would_change_it(
        string step, string question, string value, string rule, int score, string closesWhen)
    {
        var judgement = JudgeIdealWith(step, question, value);

        Assert.Equal(Verdict.NeedsWork, judgement.Verdict);
        Assert.Equal(score, judgement.Score);
        var flag = Assert.Single(judgement.Flags);
        Assert.Equal((rule, Severity.Blocker), (flag.RuleId, flag.Severity));
        Assert.Equal(0, judgement.Lines.Single(l => l.QuestionId == question).Points);
        Assert.Equal($"Blocker: {flag.Flag} Score {score} on 12 of 12 answered (qualified at 75, walk away below 40).", judgement.Why);
        Assert.Equal($"Qualified once {closesWhen}.", judgement.Change);
    }

    [Theory]
    [InlineData("qualify", "need", "no", "no-need")]
    [InlineData("qualify", "can-pay", "no", "cannot-pay")]
    [InlineData("qualify", "gut", "bad", "gut-says-no")]
    [InlineData("qualify", "budget", "500 USD", "budget-hopeless")]
    public void A_hard_stop_means_walk_away_and_zeroes_that_questions_share(string step, string question, string value, string rule)
    {
        var judgement = JudgeIdealWith(step, question, value);

        Assert.Equal(Verdict.WalkAway, judgement.Verdict);
        var flag = Assert.Single(judgement.Flags);
        Assert.Equal((rule, Severity.HardStop), (flag.RuleId, flag.Severity));
        Assert.StartsWith("Hard stop: " + flag.Flag + " Score ", judgement.Why, StringComparison.Ordinal);
        Assert.Equal(0, judgement.Lines.Single(l => l.QuestionId == question).Points);
    }

    [Theory]
    [InlineData("3000 USD", "budget-too-low", Severity.Warning)]
    [InlineData("2499 USD", "budget-far-below", Severity.Blocker)]
    [InlineData("999 USD", "budget-hopeless", Severity.HardStop)]
    [InlineData("1000 USD", "budget-far-below", Severity.Blocker)]
    public void The_further_the_budget_is_below_the_starting_price_the_more_severe_and_only_the_worst_rule_counts(string budget, string rule, Severity severity)
    {
        var flag = Assert.Single(JudgeIdealWith("qualify", "budget", budget).Flags);

        Assert.Equal((rule, severity), (flag.RuleId, flag.Severity));
    }

    [Fact]
    public void A_budget_below_the_users_own_starting_price_is_flagged_against_that_price()
    {
        var answers = Ideal();
        answers[("qualify", "budget")] = "8000 USD";
        var sheet = Answers.Sheet(answers.Select(a => (a.Key.Step, a.Key.Question, a.Value)).ToArray());

        var judgement = QualificationJudge.Judge(Playbook, sheet, new PricePoint(10000m, "USD"));

        Assert.NotNull(judgement);
        Assert.Equal("budget-too-low", Assert.Single(judgement.Flags).RuleId);
        Assert.Equal(94, judgement.Score);
    }

    [Fact]
    public void A_hard_stop_wins_over_an_otherwise_qualifying_score()
    {
        var judgement = JudgeIdealWith("qualify", "gut", "bad");

        Assert.Equal(90, judgement.Score);
        Assert.Equal(Verdict.WalkAway, judgement.Verdict);
    }

    [Fact]
    public void Two_hard_stops_are_both_named_in_the_why()
    {
        var answers = Ideal();
        answers[("qualify", "need")] = "no";
        answers[("qualify", "gut")] = "bad";

        var judgement = Judge(answers);

        Assert.Equal(Verdict.WalkAway, judgement.Verdict);
        Assert.Equal(
            "Hard stop: They do not need what you deliver. Hard stop: Your gut says no. Score 78 on 12 of 12 answered (qualified at 75, walk away below 40).",
            judgement.Why);
    }

    [Fact]
    public void A_hard_stop_means_walk_away_even_while_most_questions_are_unanswered()
    {
        var judgement = QualificationJudge.Judge(Playbook, Answers.Sheet(("qualify", "need", "no")), Price);

        Assert.NotNull(judgement);
        Assert.Equal(Verdict.WalkAway, judgement.Verdict);
        Assert.Equal((0, 1, 12), (judgement.Score, judgement.Answered, judgement.Total));
    }

    [Fact]
    public void A_screen_answered_no_to_both_questions_means_walk_away_before_any_qualifying()
    {
        var judgement = QualificationJudge.Judge(Playbook, Answers.Sheet(("screen", "serious", "no"), ("screen", "afford", "no")), Price);

        Assert.NotNull(judgement);
        Assert.Equal(Verdict.WalkAway, judgement.Verdict);
        Assert.StartsWith("Screen: no to every question. Blocker: ", judgement.Why, StringComparison.Ordinal);
        Assert.EndsWith("Score 0 on 2 of 12 answered (qualified at 75, walk away below 40).", judgement.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void The_issues_prospect_not_serious_cannot_afford_a_tenth_of_the_price_and_payment_unchecked_is_walk_away()
    {
        var answers = Ideal();
        answers[("screen", "serious")] = "no";
        answers[("screen", "afford")] = "no";
        answers[("qualify", "budget")] = "500 USD";
        answers[("qualify", "can-pay")] = "unsure";

        var judgement = Judge(answers);

        Assert.Equal(Verdict.WalkAway, judgement.Verdict);
        Assert.Equal(["budget-hopeless", "not-serious", "cannot-afford", "payment-unchecked"], judgement.Flags.Select(f => f.RuleId));
    }

    [Fact]
    public void Three_blockers_at_once_lean_to_walk_away()
    {
        var answers = Ideal();
        answers[("qualify", "decision-maker")] = "unsure";
        answers[("qualify", "budget")] = "unknown";
        answers[("qualify", "deadline")] = "2026-11-26";

        var judgement = Judge(answers);

        Assert.Equal(Verdict.WalkAway, judgement.Verdict);
        Assert.Equal(3, judgement.Flags.Count(f => f.Severity == Severity.Blocker));
    }

    /// <summary>Everything lukewarm but nothing blocking: seven warnings cost 41 points.</summary>
    [Fact]
    public void Warnings_alone_can_pull_a_prospect_below_qualified_and_the_change_says_what_it_takes()
    {
        var answers = Ideal();
        answers[("qualify", "experience")] = "no";
        answers[("qualify", "repeat-business")] = "no";
        answers[("qualify", "worked-before")] = "no";
        answers[("qualify", "personality")] = "no";
        answers[("qualify", "gut")] = "unsure";
        answers[("qualify", "deadline")] = "2026-12-10";
        answers[("qualify", "budget")] = "4000 USD";

        var judgement = Judge(answers);

        Assert.Equal(59, judgement.Score);
        Assert.Equal(Verdict.NeedsWork, judgement.Verdict);
        Assert.Equal("Score 59 on 12 of 12 answered (qualified at 75, walk away below 40); 7 red flags to watch.", judgement.Why);
        Assert.Equal("Qualified at a score of 75: resolve the red flags, or update answers as you learn more.", judgement.Change);
    }

    [Fact]
    public void A_screen_with_two_yeses_is_scored_on_its_two_answers_and_needs_the_qualifying_questions()
    {
        var judgement = QualificationJudge.Judge(Playbook, Answers.Sheet(("screen", "serious", "yes"), ("screen", "afford", "yes")), Price);

        Assert.NotNull(judgement);
        Assert.Equal(Verdict.NeedsWork, judgement.Verdict);
        Assert.Equal(100, judgement.Score);
        Assert.Equal("Score 100 on 2 of 12 answered (qualified at 75, walk away below 40).", judgement.Why);
        Assert.Equal("A verdict of qualified needs 10 of 12 questions answered: answer 8 more.", judgement.Change);
    }

    [Fact]
    public void Only_the_latest_version_of_an_answer_is_judged_so_a_closed_flag_leaves_the_verdict()
    {
        var answers = Ideal().Select(a => Answers.Of(a.Key.Step, a.Key.Question, a.Value)).ToList();
        answers.RemoveAll(a => a.QuestionId == "decision-maker");
        answers.Add(Answers.Of("qualify", "decision-maker", "no", version: 1));
        var before = QualificationJudge.Judge(Playbook, new AnswerSheet(answers), Price);
        answers.Add(Answers.Of("qualify", "decision-maker", "yes", version: 2));

        var after = QualificationJudge.Judge(Playbook, new AnswerSheet(answers), Price);

        Assert.Equal(Verdict.NeedsWork, before!.Verdict);
        Assert.NotNull(after);
        Assert.Empty(after.Flags);
        Assert.Equal(Verdict.Qualified, after.Verdict);
        Assert.Equal(2, new AnswerSheet(answers).History("qualify", "decision-maker").Count);
    }

    [Fact]
    public void A_question_skipped_after_an_answer_counts_as_unanswered()
    {
        var answers = Ideal().Select(a => Answers.Of(a.Key.Step, a.Key.Question, a.Value)).ToList();
        answers.Add(Answers.Of("qualify", "gut", "", version: 2));

        var judgement = QualificationJudge.Judge(Playbook, new AnswerSheet(answers), Price);

        Assert.NotNull(judgement);
        Assert.Equal(100, judgement.Score);
        Assert.Equal(11, judgement.Answered);
        Assert.False(judgement.Lines.Single(l => l.QuestionId == "gut").Answered);
        Assert.Equal(Verdict.Qualified, judgement.Verdict);
        Assert.Equal("Score 100 on 11 of 12 answered (qualified at 75, walk away below 40).", judgement.Why);
    }

    [Fact]
    public void Warnings_outside_the_judged_steps_do_not_touch_the_verdict_but_a_hard_stop_there_does()
    {
        var warned = Ideal();
        warned[("engage", "ready")] = "no";
        var stopped = Ideal();
        stopped[("needs", "overlap")] = "no";

        Assert.Equal(Verdict.Qualified, Judge(warned).Verdict);
        Assert.Empty(Judge(warned).Flags);
        Assert.Equal(Verdict.WalkAway, Judge(stopped).Verdict);
        Assert.Equal("no-overlap", Assert.Single(Judge(stopped).Flags).RuleId);
    }

    [Fact]
    public void Breakdown_lists_each_question_with_points_earned_out_of_its_weight()
    {
        var judgement = JudgeIdealWith("qualify", "experience", "unsure");

        var breakdown = QualificationJudge.Breakdown(judgement);

        Assert.StartsWith("serious 5/5, starting price 5/5, need 12/12, industry experience 4/8,", breakdown, StringComparison.Ordinal);
        Assert.EndsWith("gut feeling 10/10", breakdown, StringComparison.Ordinal);
    }
}
