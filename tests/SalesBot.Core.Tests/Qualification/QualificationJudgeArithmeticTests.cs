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
    public void Unanswered_questions_are_left_out_of_the_score_and_counted_apart()
    {
        var playbook = With(Judged("s", YesNo("a", 3), YesNo("b", 1)));

        var judgement = Judge(playbook, ("s", "a", "yes"));

        Assert.Equal(100, judgement.Score);
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

        Assert.Equal(score, Judge(playbook, ("s", "a", "yes"), ("s", "b", "no")).Score);
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
        Assert.Equal("Hard stop: Flag a-stop. Score 50 on 2 of 2 answered (qualified at 75, walk away below 40).", judgement.Why);
        Assert.Single(judgement.Flags);
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
    public void A_low_score_with_too_few_answers_needs_work_rather_than_walk_away()
    {
        var playbook = With(Judged("s", YesNo("a", 10), YesNo("b", 90)));

        var judgement = Judge(playbook, ("s", "a", "no"));

        Assert.Equal(0, judgement.Score);
        Assert.Equal(Verdict.NeedsWork, judgement.Verdict);
        Assert.Equal("Score 0 on 1 of 2 answered (qualified at 75, walk away below 40).", judgement.Why);
        Assert.Equal("A verdict of qualified needs 2 of 2 questions answered: answer 1 more.", judgement.Change);
    }

    [Fact]
    public void A_full_score_on_too_few_answers_is_not_qualified_yet()
    {
        var playbook = With(Judged("s", YesNo("a", 5), YesNo("b", 5), YesNo("c", 90)));

        var judgement = Judge(playbook, ("s", "a", "yes"), ("s", "b", "yes"));

        Assert.Equal(100, judgement.Score);
        Assert.Equal(Verdict.NeedsWork, judgement.Verdict);
        Assert.Equal("Score 100 on 2 of 3 answered (qualified at 75, walk away below 40).", judgement.Why);
        Assert.Equal("A verdict of qualified needs 3 of 3 questions answered: answer 1 more.", judgement.Change);
    }

    [Fact]
    public void Enough_answers_and_points_qualify_with_a_question_still_open()
    {
        var playbook = With(Judged("s", YesNo("a", 80), YesNo("b", 5, WarnOn("b-no", "no")), YesNo("c", 5), YesNo("d", 5), YesNo("e", 5)));

        var judgement = Judge(playbook, ("s", "a", "yes"), ("s", "b", "no"), ("s", "c", "yes"), ("s", "d", "yes"));

        Assert.Equal(Verdict.Qualified, judgement.Verdict);
        Assert.Equal("Score 95 on 4 of 5 answered (qualified at 75, walk away below 40); 1 red flag to watch.", judgement.Why);
        Assert.Null(judgement.Change);
    }

    [Fact]
    public void The_playbooks_own_thresholds_are_used_and_shown()
    {
        var rules = new VerdictRules(QualifiedAtLeast: 90, WalkAwayBelow: 10) { QualifiedNeedsAnswered = 50, WalkAwayAtBlockers = 1 };
        var playbook = With(rules, Judged("s", YesNo("a", 1), YesNo("b", 1), YesNo("c", 1, BlockOn("c-no", "c is settled", "no"))));

        var between = Judge(playbook, ("s", "a", "yes"), ("s", "b", "unsure"));
        var blocked = Judge(playbook, ("s", "a", "yes"), ("s", "c", "no"));

        Assert.Equal(75, between.Score);
        Assert.Equal(Verdict.NeedsWork, between.Verdict);
        Assert.Equal("Score 75 on 2 of 3 answered (qualified at 90, walk away below 10).", between.Why);
        Assert.Equal("Qualified at a score of 90: resolve the red flags, or update answers as you learn more.", between.Change);
        Assert.Equal(Verdict.WalkAway, blocked.Verdict);
    }

    [Fact]
    public void The_why_counts_red_flags_to_watch_in_singular_and_plural()
    {
        var playbook = With(Judged(
            "s",
            YesNo("a", 10, WarnOn("a-no", "no")),
            YesNo("b", 10, WarnOn("b-no", "no")),
            YesNo("c", 40),
            YesNo("d", 40)));

        var two = Judge(playbook, ("s", "a", "no"), ("s", "b", "no"));
        var one = Judge(playbook, ("s", "a", "no"), ("s", "b", "yes"), ("s", "c", "yes"));

        Assert.Equal("Score 0 on 2 of 4 answered (qualified at 75, walk away below 40); 2 red flags to watch.", two.Why);
        Assert.Equal("Score 83 on 3 of 4 answered (qualified at 75, walk away below 40); 1 red flag to watch.", one.Why);
        Assert.All([two, one], j => Assert.Equal(Verdict.NeedsWork, j.Verdict));
    }

    [Fact]
    public void A_qualified_prospect_with_red_flags_is_told_to_watch_them()
    {
        var playbook = With(Judged("s", YesNo("a", 5, WarnOn("a-no", "no")), YesNo("b", 5, WarnOn("b-no", "no")), YesNo("c", 90)));

        var judgement = Judge(playbook, ("s", "a", "no"), ("s", "b", "no"), ("s", "c", "yes"));

        Assert.Equal(Verdict.Qualified, judgement.Verdict);
        Assert.Equal("Score 90 on 3 of 3 answered (qualified at 75, walk away below 40); 2 red flags to watch.", judgement.Why);
    }

    [Fact]
    public void A_blocker_zeroes_its_questions_share_and_keeps_a_top_score_from_qualifying()
    {
        var playbook = With(Judged("s", YesNo("a", 1, BlockOn("a-unsure", "a is known", "unsure")), YesNo("b", 99)));

        var judgement = Judge(playbook, ("s", "a", "unsure"), ("s", "b", "yes"));

        Assert.Equal(0, judgement.Lines[0].Earned);
        Assert.Equal(99, judgement.Score);
        Assert.Equal(Verdict.NeedsWork, judgement.Verdict);
        Assert.Equal("Blocker: Flag a-unsure. Score 99 on 2 of 2 answered (qualified at 75, walk away below 40).", judgement.Why);
        Assert.Equal("Qualified once a is known.", judgement.Change);
    }

    [Fact]
    public void Blockers_reaching_the_playbooks_limit_mean_walk_away_and_fewer_name_every_way_out()
    {
        var playbook = With(Judged(
            "s",
            YesNo("a", 1, BlockOn("a-no", "a is fixed", "no")),
            YesNo("b", 1, BlockOn("b-no", "b is fixed", "no")),
            YesNo("c", 10, BlockOn("c-no", "c is fixed", "no"))));

        var two = Judge(playbook, ("s", "a", "no"), ("s", "b", "no"), ("s", "c", "yes"));
        var three = Judge(playbook, ("s", "a", "no"), ("s", "b", "no"), ("s", "c", "no"));

        Assert.Equal(Verdict.NeedsWork, two.Verdict);
        Assert.Equal("Qualified once a is fixed and b is fixed.", two.Change);
        Assert.Equal(Verdict.WalkAway, three.Verdict);
        Assert.Null(three.Change);
        Assert.StartsWith("Blocker: Flag a-no. Blocker: Flag b-no. Blocker: Flag c-no. Score 0", three.Why, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no", "no", Verdict.WalkAway)]
    [InlineData("no", "unsure", Verdict.NeedsWork)]
    [InlineData("no", null, Verdict.NeedsWork)]
    public void A_step_that_walks_away_on_all_no_does_so_only_when_every_yes_no_question_is_no(string a, string? b, Verdict verdict)
    {
        var screen = Judged("s", YesNo("a", 1), YesNo("b", 1), Ask("note", AnswerKind.Text, 0)) with { WalkAwayWhenAllNo = true };
        var playbook = With(screen, Judged("q", YesNo("c", 1)));
        var answers = new List<(string, string, string)> { ("s", "a", a), ("q", "c", "yes") };
        if (b is not null)
        {
            answers.Add(("s", "b", b));
        }

        var judgement = Judge(playbook, [.. answers]);

        Assert.Equal(verdict, judgement.Verdict);
        Assert.Equal(verdict == Verdict.WalkAway, judgement.Why.StartsWith("Screen: no to every question.", StringComparison.Ordinal));
    }

    [Fact]
    public void Blockers_and_hard_stops_of_unjudged_steps_gate_the_verdict_but_warnings_do_not()
    {
        var playbook = With(
            Judged("s", YesNo("a", 1)),
            NotJudged("later", YesNo("w", 0, WarnOn("w-no", "no")), YesNo("x", 0, BlockOn("x-no", "x is done", "no")), YesNo("y", 0, StopOn("y-no", "no"))));

        var warned = Judge(playbook, ("s", "a", "yes"), ("later", "w", "no"));
        var blocked = Judge(playbook, ("s", "a", "yes"), ("later", "w", "no"), ("later", "x", "no"));
        var stopped = Judge(playbook, ("s", "a", "yes"), ("later", "x", "no"), ("later", "y", "no"));

        Assert.Equal(Verdict.Qualified, warned.Verdict);
        Assert.Empty(warned.Flags);
        Assert.Equal(Verdict.NeedsWork, blocked.Verdict);
        Assert.Equal(["x-no"], blocked.Flags.Select(f => f.RuleId));
        Assert.Equal(Verdict.WalkAway, stopped.Verdict);
        Assert.Equal(["y-no", "x-no"], stopped.Flags.Select(f => f.RuleId));
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

        Assert.Equal("a 2.5/5, b –/2", QualificationJudge.Breakdown(judgement));
    }
}
