using SalesBot.Core.Deals;
using SalesBot.Core.Playbooks;
using SalesBot.Core.Qualification;
using SalesBot.Core.Tests.Deals;
using static SalesBot.Core.Tests.Qualification.TinyPlaybook;

namespace SalesBot.Core.Tests.Qualification;

/// <summary>The score arithmetic on small hand-built playbooks, where every number can be worked out by hand.</summary>
public sealed class QualificationJudgeArithmeticTests
{
    private static readonly PricePoint Price = new(5000m, "USD");

    private static Judgement Judge(Playbook playbook, params (string Step, string Question, string Value)[] answers) =>
        QualificationJudge.Judge(playbook, Answers.Sheet(answers), Price) ?? throw new Xunit.Sdk.XunitException("Expected a judgement.");

    [Theory]
    [InlineData("yes", "yes", 100)]
    [InlineData("yes", "unsure", 75)]
    [InlineData("unsure", "unsure", 50)]
    [InlineData("yes", "no", 50)]
    [InlineData("unsure", "no", 25)]
    [InlineData("no", "no", 0)]
    public void Yes_earns_all_unsure_half_and_no_nothing_of_a_questions_weight(string a, string b, int score)
    {
        var playbook = With(Judged("s", YesNo("a", 1), YesNo("b", 1)));

        Assert.Equal(score, Judge(playbook, ("s", "a", a), ("s", "b", b)).Score);
    }

    [Fact]
    public void The_score_is_the_weighted_share_of_100_over_all_weighted_questions()
    {
        var playbook = With(Judged("s", YesNo("a", 1), YesNo("b", 2)));

        var judgement = Judge(playbook, ("s", "a", "yes"), ("s", "b", "no"));

        Assert.Equal(33, judgement.Score);
        Assert.Equal([1d, 0d], judgement.Lines.Select(l => l.Points));
        Assert.Equal([1, 2], judgement.Lines.Select(l => l.Weight));
    }

    [Fact]
    public void Unanswered_questions_count_in_the_total_weight_and_earn_nothing()
    {
        var playbook = With(Judged("s", YesNo("a", 3), YesNo("b", 1)));

        var judgement = Judge(playbook, ("s", "a", "yes"));

        Assert.Equal(75, judgement.Score);
        Assert.Equal((1, 2), (judgement.Answered, judgement.Total));
        Assert.False(judgement.Lines[1].Answered);
        Assert.Equal(0, judgement.Lines[1].Earned);
    }

    [Theory]
    [InlineData(199, 1)]
    [InlineData(39, 3)]
    public void A_score_exactly_halfway_between_two_whole_numbers_rounds_up(int otherWeight, int score)
    {
        // 0.5 of 100 and 2.5 of 100: half-way cases round away from zero, not to even.
        var playbook = With(Judged("s", YesNo("a", 1), YesNo("b", otherWeight)));

        Assert.Equal(score, Judge(playbook, ("s", "a", "yes")).Score);
    }

    [Theory]
    [InlineData("good", 100)]
    [InlineData("GOOD", 100)]
    [InlineData("meh", 30)]
    [InlineData("bad", 0)]
    [InlineData("not-a-choice", 0)]
    public void A_choice_earns_its_options_score_matched_by_id_in_any_case(string value, int score)
    {
        ChoiceOption[] options = [new("good", "Good", 1), new("meh", "Meh", 0.3), new("bad", "Bad", 0)];
        var playbook = With(Judged("s", Choice("gut", 10, options)));

        Assert.Equal(score, Judge(playbook, ("s", "gut", value)).Score);
    }

    [Theory]
    [InlineData(AnswerKind.Money, "unknown", 50)]
    [InlineData(AnswerKind.Money, "UNKNOWN", 50)]
    [InlineData(AnswerKind.Money, "100 USD", 100)]
    [InlineData(AnswerKind.Number, "0", 100)]
    [InlineData(AnswerKind.Date, "2020-01-01", 100)]
    [InlineData(AnswerKind.Text, "anything", 100)]
    public void Money_date_number_and_text_earn_full_marks_when_answered_except_unknown_money_which_earns_half(AnswerKind kind, string value, int score)
    {
        var playbook = With(Judged("s", Ask("q", kind, 4)));

        Assert.Equal(score, Judge(playbook, ("s", "q", value)).Score);
    }

    [Fact]
    public void A_warning_caps_the_questions_share_at_half()
    {
        var playbook = With(Judged("s", YesNo("a", 1, WarnOn("a-yes", "yes")), YesNo("b", 1)));

        var judgement = Judge(playbook, ("s", "a", "yes"), ("s", "b", "yes"));

        Assert.Equal(0.5, judgement.Lines[0].Earned);
        Assert.Equal(75, judgement.Score);
        Assert.Equal(Verdict.Qualified, judgement.Verdict);
    }

    [Fact]
    public void A_warning_never_raises_a_share_that_is_already_below_half()
    {
        ChoiceOption[] options = [new("meh", "Meh", 0.2)];
        var playbook = With(Judged("s", Choice("gut", 10, options, WarnOn("gut-meh", "meh"))));

        var judgement = Judge(playbook, ("s", "gut", "meh"));

        Assert.Equal(0.2, judgement.Lines[0].Earned, 10);
        Assert.Equal(20, judgement.Score);
    }

    [Fact]
    public void A_money_warning_caps_a_full_answer_at_half()
    {
        var below = Flag("below", Severity.Warning, new RedFlagCondition { BelowStartingPrice = true });
        var playbook = With(Judged("s", Ask("budget", AnswerKind.Money, 10, below)));

        Assert.Equal(50, Judge(playbook, ("s", "budget", "100 USD")).Score);
        Assert.Equal(100, Judge(playbook, ("s", "budget", "100 EUR")).Score);
    }

    [Fact]
    public void A_hard_stop_zeroes_the_questions_share_even_alongside_a_warning()
    {
        var playbook = With(Judged("s", YesNo("a", 1, WarnOn("a-warn", "yes"), StopOn("a-stop", "yes")), YesNo("b", 1)));

        var judgement = Judge(playbook, ("s", "a", "yes"), ("s", "b", "yes"));

        Assert.Equal(0, judgement.Lines[0].Earned);
        Assert.Equal(50, judgement.Score);
        Assert.Equal(Verdict.WalkAway, judgement.Verdict);
        Assert.Equal("Hard stop: Flag a-stop.", judgement.Why);
    }

    [Fact]
    public void A_hard_stop_on_an_unweighted_question_still_means_walk_away()
    {
        var playbook = With(Judged("s", YesNo("a", 1), YesNo("side", 0, StopOn("side-stop", "no"))));

        var judgement = Judge(playbook, ("s", "a", "yes"), ("s", "side", "no"));

        Assert.Equal(100, judgement.Score);
        Assert.Equal(Verdict.WalkAway, judgement.Verdict);
        Assert.Equal(1, judgement.Total);
    }

    [Fact]
    public void Unweighted_questions_and_unjudged_steps_do_not_count_in_the_score()
    {
        var playbook = With(
            Judged("s", YesNo("a", 1), YesNo("note", 0)),
            NotJudged("later", YesNo("x", 50)));

        var judgement = Judge(playbook, ("s", "a", "yes"), ("s", "note", "no"), ("later", "x", "no"));

        Assert.Equal(100, judgement.Score);
        Assert.Equal(1, judgement.Total);
        Assert.Equal(["a"], judgement.Lines.Select(l => l.QuestionId));
    }

    [Fact]
    public void Weighted_questions_from_several_judged_steps_share_one_score()
    {
        var playbook = With(Judged("one", YesNo("a", 1)), Judged("two", YesNo("b", 3)));

        var judgement = Judge(playbook, ("one", "a", "no"), ("two", "b", "yes"));

        Assert.Equal(75, judgement.Score);
        Assert.Equal(["one", "two"], judgement.Lines.Select(l => l.StepId));
    }

    [Theory]
    [InlineData(75, Verdict.Qualified)]
    [InlineData(74, Verdict.NeedsWork)]
    [InlineData(40, Verdict.NeedsWork)]
    [InlineData(39, Verdict.WalkAway)]
    public void With_everything_answered_the_thresholds_decide_qualified_at_or_above_and_walk_away_strictly_below(int yesWeight, Verdict verdict)
    {
        var playbook = With(Judged("s", YesNo("a", yesWeight), YesNo("b", 100 - yesWeight)));

        var judgement = Judge(playbook, ("s", "a", "yes"), ("s", "b", "no"));

        Assert.Equal(yesWeight, judgement.Score);
        Assert.Equal(verdict, judgement.Verdict);
    }

    [Fact]
    public void A_low_score_with_questions_still_open_needs_work_rather_than_walk_away()
    {
        var playbook = With(Judged("s", YesNo("a", 10), YesNo("b", 90)));

        var judgement = Judge(playbook, ("s", "a", "yes"));

        Assert.Equal(10, judgement.Score);
        Assert.Equal(Verdict.NeedsWork, judgement.Verdict);
        Assert.Equal("Score 10 of 100 (qualified at 75, walk away below 40); 1 question still unanswered.", judgement.Why);
    }

    [Fact]
    public void Enough_points_qualify_even_with_questions_still_open_and_the_why_says_how_many_are_open()
    {
        var playbook = With(Judged("s", YesNo("a", 80), YesNo("b", 5, WarnOn("b-no", "no")), YesNo("c", 15)));

        var judgement = Judge(playbook, ("s", "a", "yes"), ("s", "b", "no"));

        Assert.Equal(80, judgement.Score);
        Assert.Equal(Verdict.Qualified, judgement.Verdict);
        Assert.Equal("Score 80 of 100 (qualified at 75, walk away below 40); 1 question still unanswered; watch 1 red flag.", judgement.Why);
    }

    [Fact]
    public void The_playbooks_own_thresholds_are_used_and_shown()
    {
        var playbook = With(new VerdictRules(QualifiedAtLeast: 90, WalkAwayBelow: 10), Judged("s", YesNo("a", 1), YesNo("b", 1)));

        var judgement = Judge(playbook, ("s", "a", "yes"), ("s", "b", "unsure"));

        Assert.Equal(75, judgement.Score);
        Assert.Equal(Verdict.NeedsWork, judgement.Verdict);
        Assert.Equal("Score 75 of 100 (qualified at 90, walk away below 10).", judgement.Why);
    }

    [Fact]
    public void The_why_counts_red_flags_and_open_questions_in_singular_and_plural()
    {
        var playbook = With(Judged(
            "s",
            YesNo("a", 10, WarnOn("a-no", "no")),
            YesNo("b", 10, WarnOn("b-no", "no")),
            YesNo("c", 40),
            YesNo("d", 40)));

        var twoAndTwo = Judge(playbook, ("s", "a", "no"), ("s", "b", "no"));
        var oneAndOne = Judge(playbook, ("s", "a", "no"), ("s", "b", "yes"), ("s", "c", "yes"));

        Assert.Equal("Score 0 of 100 (qualified at 75, walk away below 40); 2 questions still unanswered; 2 red flags to resolve.", twoAndTwo.Why);
        Assert.Equal("Score 50 of 100 (qualified at 75, walk away below 40); 1 question still unanswered; 1 red flag to resolve.", oneAndOne.Why);
    }

    [Fact]
    public void A_qualified_prospect_with_red_flags_is_told_to_watch_them()
    {
        var playbook = With(Judged("s", YesNo("a", 5, WarnOn("a-no", "no")), YesNo("b", 5, WarnOn("b-no", "no")), YesNo("c", 90)));

        var judgement = Judge(playbook, ("s", "a", "no"), ("s", "b", "no"), ("s", "c", "yes"));

        Assert.Equal(Verdict.Qualified, judgement.Verdict);
        Assert.Equal("Score 90 of 100 (qualified at 75, walk away below 40); watch 2 red flags.", judgement.Why);
    }

    [Fact]
    public void A_playbook_without_weighted_questions_gives_no_judgement()
    {
        var playbook = With(Judged("s", YesNo("a", 0)));

        Assert.Null(QualificationJudge.Judge(playbook, Answers.Sheet(("s", "a", "yes")), Price));
    }

    [Fact]
    public void Breakdown_shows_half_points_with_one_decimal()
    {
        var playbook = With(Judged("s", YesNo("a", 5), YesNo("b", 2)));

        var judgement = Judge(playbook, ("s", "a", "unsure"));

        Assert.Equal("a 2.5/5, b 0/2", QualificationJudge.Breakdown(judgement));
    }
}
