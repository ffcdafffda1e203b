using SalesBot.Core.Deals;
using SalesBot.Core.Playbooks;
using SalesBot.Core.Qualification;
using SalesBot.Core.Tests.Deals;

namespace SalesBot.Core.Tests.Qualification;

/// <summary>
/// The judge over the shipped playbook. Weights: serious 5, afford 5 (screen); need 12, experience 8, can-pay 10,
/// repeat-business 6, budget 12, deadline 8, worked-before 6, decision-maker 12, personality 6, gut 10 (qualify).
/// Answers are recorded on 23 Nov 2026, so a deadline before 23 Dec 2026 is a rush job.
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
        Assert.Equal(12, judgement.Answered);
        Assert.Equal(12, judgement.Total);
        Assert.Empty(judgement.Flags);
        Assert.Equal("Score 100 of 100 (qualified at 75, walk away below 40).", judgement.Why);
        Assert.DoesNotContain(judgement.Lines, l => l.QuestionId == "found-you");
        Assert.Equal(
            ["serious", "afford", "need", "experience", "can-pay", "repeat-business", "budget", "deadline", "worked-before", "decision-maker", "personality", "gut"],
            judgement.Lines.Select(l => l.QuestionId));
        Assert.Equal(100, judgement.Lines.Sum(l => l.Points));
    }

    [Theory]
    [InlineData("screen", "serious", "no", 95)]
    [InlineData("screen", "afford", "unsure", 98)]
    [InlineData("qualify", "need", "unsure", 94)]
    [InlineData("qualify", "experience", "no", 92)]
    [InlineData("qualify", "can-pay", "unsure", 95)]
    [InlineData("qualify", "repeat-business", "no", 94)]
    [InlineData("qualify", "budget", "unknown", 94)]
    [InlineData("qualify", "budget", "3000 USD", 94)]
    [InlineData("qualify", "deadline", "2026-12-10", 96)]
    [InlineData("qualify", "worked-before", "no", 94)]
    [InlineData("qualify", "decision-maker", "unsure", 94)]
    [InlineData("qualify", "personality", "no", 94)]
    [InlineData("qualify", "gut", "unsure", 95)]
    public void One_warning_costs_its_question_at_least_half_its_weight_and_leaves_the_prospect_qualified(string step, string question, string value, int score)
    {
        var judgement = JudgeIdealWith(step, question, value);

        Assert.Equal(score, judgement.Score);
        Assert.Equal(Verdict.Qualified, judgement.Verdict);
        var flag = Assert.Single(judgement.Flags);
        Assert.Equal((step, question, Severity.Warning), (flag.StepId, flag.QuestionId, flag.Severity));
        Assert.Equal($"Score {score} of 100 (qualified at 75, walk away below 40); watch 1 red flag.", judgement.Why);
    }

    [Fact]
    public void A_budget_in_another_currency_raises_no_flag_and_earns_full_marks()
    {
        var judgement = JudgeIdealWith("qualify", "budget", "3000 EUR");

        Assert.Equal(100, judgement.Score);
        Assert.Empty(judgement.Flags);
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

    [Theory]
    [InlineData("qualify", "need", "no", "They do not need what you deliver.")]
    [InlineData("qualify", "can-pay", "no", "They may not be able to pay.")]
    [InlineData("qualify", "gut", "bad", "Your gut says no.")]
    public void A_hard_stop_means_walk_away_and_zeroes_that_questions_share(string step, string question, string value, string flag)
    {
        var judgement = JudgeIdealWith(step, question, value);

        Assert.Equal(Verdict.WalkAway, judgement.Verdict);
        Assert.Equal("Hard stop: " + flag, judgement.Why);
        Assert.Equal(0, judgement.Lines.Single(l => l.QuestionId == question).Points);
        Assert.Equal(Severity.HardStop, Assert.Single(judgement.Flags).Severity);
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
        Assert.Equal("Hard stop: They do not need what you deliver. Your gut says no.", judgement.Why);
        Assert.Equal(78, judgement.Score);
    }

    [Fact]
    public void A_hard_stop_means_walk_away_even_while_most_questions_are_unanswered()
    {
        var judgement = QualificationJudge.Judge(Playbook, Answers.Sheet(("qualify", "need", "no")), Price);

        Assert.NotNull(judgement);
        Assert.Equal(Verdict.WalkAway, judgement.Verdict);
        Assert.Equal((0, 1, 12), (judgement.Score, judgement.Answered, judgement.Total));
    }

    /// <summary>Everything lukewarm: 2.5 + 2.5 + 6 + 0 + 5 + 0 + 6 + 4 + 0 + 0 + 0 + 5 = 31 points, twelve warnings.</summary>
    private static Dictionary<(string Step, string Question), string> Lukewarm() => new()
    {
        [("screen", "serious")] = "unsure",
        [("screen", "afford")] = "unsure",
        [("qualify", "need")] = "unsure",
        [("qualify", "experience")] = "no",
        [("qualify", "can-pay")] = "unsure",
        [("qualify", "repeat-business")] = "no",
        [("qualify", "budget")] = "1000 USD",
        [("qualify", "deadline")] = "2026-12-01",
        [("qualify", "worked-before")] = "no",
        [("qualify", "decision-maker")] = "no",
        [("qualify", "personality")] = "no",
        [("qualify", "gut")] = "unsure",
    };

    [Fact]
    public void All_answered_with_a_score_below_the_walk_away_threshold_means_walk_away_without_any_hard_stop()
    {
        var judgement = Judge(Lukewarm());

        Assert.Equal(31, judgement.Score);
        Assert.Equal(Verdict.WalkAway, judgement.Verdict);
        Assert.Equal(12, judgement.Flags.Count);
        Assert.All(judgement.Flags, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.Equal("Score 31 of 100 (qualified at 75, walk away below 40).", judgement.Why);
    }

    [Fact]
    public void The_same_low_score_with_one_question_open_needs_work_and_says_what_is_missing()
    {
        var answers = Lukewarm();
        answers.Remove(("qualify", "personality"));

        var judgement = Judge(answers);

        Assert.Equal(31, judgement.Score);
        Assert.Equal((11, 12), (judgement.Answered, judgement.Total));
        Assert.Equal(Verdict.NeedsWork, judgement.Verdict);
        Assert.Equal(
            "Score 31 of 100 (qualified at 75, walk away below 40); 1 question still unanswered; 11 red flags to resolve.",
            judgement.Why);
    }

    [Fact]
    public void A_screen_with_two_yeses_needs_work_because_the_ten_qualifying_questions_are_open()
    {
        var judgement = QualificationJudge.Judge(Playbook, Answers.Sheet(("screen", "serious", "yes"), ("screen", "afford", "yes")), Price);

        Assert.NotNull(judgement);
        Assert.Equal(Verdict.NeedsWork, judgement.Verdict);
        Assert.Equal(10, judgement.Score);
        Assert.Equal("Score 10 of 100 (qualified at 75, walk away below 40); 10 questions still unanswered.", judgement.Why);
    }

    [Fact]
    public void Between_the_thresholds_with_everything_answered_needs_work_and_counts_the_red_flags()
    {
        var answers = Ideal();
        answers[("qualify", "need")] = "unsure";
        answers[("qualify", "decision-maker")] = "no";
        answers[("qualify", "budget")] = "unknown";
        answers[("qualify", "can-pay")] = "unsure";

        var judgement = Judge(answers);

        // 100 - 6 (need) - 12 (decision-maker) - 6 (budget) - 5 (can-pay) = 71
        Assert.Equal(71, judgement.Score);
        Assert.Equal(Verdict.NeedsWork, judgement.Verdict);
        Assert.Equal("Score 71 of 100 (qualified at 75, walk away below 40); 4 red flags to resolve.", judgement.Why);
    }

    [Fact]
    public void Only_the_latest_version_of_an_answer_is_judged()
    {
        var sheet = new AnswerSheet(
        [
            Answers.Of("qualify", "need", "no", version: 1),
            Answers.Of("qualify", "need", "yes", version: 2),
        ]);

        var judgement = QualificationJudge.Judge(Playbook, sheet, Price);

        Assert.NotNull(judgement);
        Assert.Empty(judgement.Flags);
        Assert.Equal(Verdict.NeedsWork, judgement.Verdict);
        Assert.Equal(12, judgement.Score);
    }

    [Fact]
    public void A_question_skipped_after_an_answer_counts_as_unanswered()
    {
        var answers = Ideal().Select(a => Answers.Of(a.Key.Step, a.Key.Question, a.Value)).ToList();
        answers.Add(Answers.Of("qualify", "gut", "", version: 2));

        var judgement = QualificationJudge.Judge(Playbook, new AnswerSheet(answers), Price);

        Assert.NotNull(judgement);
        Assert.Equal(90, judgement.Score);
        Assert.Equal(11, judgement.Answered);
        Assert.False(judgement.Lines.Single(l => l.QuestionId == "gut").Answered);
        Assert.Equal(Verdict.Qualified, judgement.Verdict);
        Assert.Equal("Score 90 of 100 (qualified at 75, walk away below 40); 1 question still unanswered.", judgement.Why);
    }

    [Fact]
    public void Red_flags_outside_the_judged_steps_do_not_touch_the_verdict()
    {
        var answers = Ideal();
        answers[("needs", "overlap")] = "no";
        answers[("engage", "ready")] = "no";

        var judgement = Judge(answers);

        Assert.Equal(Verdict.Qualified, judgement.Verdict);
        Assert.Empty(judgement.Flags);
    }

    [Fact]
    public void Breakdown_lists_each_question_with_points_earned_out_of_its_weight()
    {
        var judgement = JudgeIdealWith("qualify", "need", "unsure");

        var breakdown = QualificationJudge.Breakdown(judgement);

        Assert.StartsWith("serious 5/5, afford 5/5, need 6/12, experience 8/8,", breakdown, StringComparison.Ordinal);
        Assert.EndsWith("gut 10/10", breakdown, StringComparison.Ordinal);
    }
}
