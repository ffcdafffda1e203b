using SalesBot.Core.Deals;
using SalesBot.Core.Playbooks;

namespace SalesBot.Core.Tests.Playbooks;

public sealed class DefaultPlaybookTests
{
    private readonly Playbook playbook = PlaybookLoader.LoadDefault();

    [Fact]
    public void Default_playbook_loads_with_its_starting_price_and_verdict_thresholds()
    {
        Assert.False(string.IsNullOrWhiteSpace(playbook.Name));
        Assert.Equal(new PlaybookDefaults(5000m, "USD"), playbook.Defaults);
        Assert.Equal(new VerdictRules(QualifiedAtLeast: 75, WalkAwayBelow: 40), playbook.Verdict);
    }

    [Fact]
    public void Default_playbook_has_the_nine_steps_in_order_with_their_links()
    {
        string[] ids = ["screen", "qualify", "prepare", "needs", "recommend", "engage", "finalize", "feedback", "exit"];
        DealLink[] links =
        [
            DealLink.Entry, DealLink.Entry, DealLink.Entry, DealLink.Entry, DealLink.Alignment,
            DealLink.Alignment, DealLink.Contract, DealLink.Closing, DealLink.Exit,
        ];

        Assert.Equal(ids, playbook.Steps.Select(s => s.Id));
        Assert.Equal(links, playbook.Steps.Select(s => s.Link));
    }

    [Fact]
    public void Only_screen_and_qualify_are_judged_and_their_weights_sum_to_100()
    {
        Assert.Equal(["screen", "qualify"], playbook.JudgedSteps.Select(s => s.Id));
        Assert.Equal(100, playbook.JudgedSteps.SelectMany(s => s.Questions).Sum(q => q.Weight));
        Assert.All(playbook.Steps.Where(s => !s.Judged).SelectMany(s => s.Questions), q => Assert.Equal(0, q.Weight));
    }

    [Fact]
    public void Qualify_asks_the_ten_questions_in_order_and_weights_each()
    {
        var qualify = playbook.GetStep("qualify");

        Assert.Equal(
            ["need", "experience", "can-pay", "repeat-business", "budget", "deadline", "worked-before", "decision-maker", "personality", "gut"],
            qualify.Questions.Select(q => q.Id));
        Assert.All(qualify.Questions, q => Assert.InRange(q.Weight, 1, 100));
        Assert.Equal(AnswerKind.Money, qualify.GetQuestion("budget").Kind);
        Assert.Equal(AnswerKind.Date, qualify.GetQuestion("deadline").Kind);
        var gut = qualify.GetQuestion("gut");
        Assert.Equal(AnswerKind.Choice, gut.Kind);
        Assert.Equal(["good", "unsure", "bad"], gut.Choices.Select(c => c.Id));
    }

    [Fact]
    public void Yes_is_never_a_red_flag_on_a_judged_yes_no_question()
    {
        var judgedYesNo = playbook.JudgedSteps.SelectMany(s => s.Questions).Where(q => q.Kind == AnswerKind.YesNo).ToList();

        Assert.NotEmpty(judgedYesNo);
        Assert.All(judgedYesNo, q => Assert.All(q.RedFlags, f => Assert.DoesNotContain("yes", f.When.AnswerIn ?? [])));
        Assert.All(judgedYesNo, q => Assert.Contains(q.RedFlags, f => f.When.AnswerIn?.Contains("no") == true));
    }

    [Fact]
    public void Screen_asks_about_seriousness_and_the_starting_price_and_blocks_any_meeting_on_no()
    {
        var screen = playbook.GetStep("screen");
        var afford = screen.Questions[1];

        Assert.Equal("Are they serious about the project?", screen.Questions[0].Text);
        Assert.Equal("My prices start at {startingPrice}. Were they prepared to spend that?", afford.Text);
        Assert.All(screen.Questions.Take(2), q =>
        {
            var flag = Assert.Single(q.RedFlags, f => f.When.AnswerIn?.Contains("no") == true);
            Assert.Equal(Severity.Blocker, flag.Severity);
            Assert.Contains("meet", flag.Advice, StringComparison.OrdinalIgnoreCase);
        });
        Assert.True(screen.WalkAwayWhenAllNo);
    }

    [Fact]
    public void Budget_flags_a_budget_below_the_starting_price_and_a_hidden_one_with_a_number_to_throw_out()
    {
        var budget = playbook.GetStep("qualify").GetQuestion("budget");

        Assert.Contains(budget.RedFlags, f => f.When.BelowStartingPrice);
        var hidden = Assert.Single(budget.RedFlags, f => f.When.Unknown);
        Assert.Contains("as little as my starting price, or even a bit more", hidden.Advice, StringComparison.Ordinal);
        Assert.Contains("is that what you had in mind?", hidden.Advice, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Deadline_flags_a_rush_job_and_blocks_one_only_days_away()
    {
        var deadline = playbook.GetStep("qualify").GetQuestion("deadline");

        Assert.Equal(
            [(30, Severity.Warning), (14, Severity.Blocker)],
            deadline.RedFlags.Select(f => (f.When.WithinDays ?? 0, f.Severity)));
        Assert.Contains("rush", deadline.RedFlags[0].Flag, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Every_blocker_and_hard_stop_of_the_default_playbook_says_what_closes_it()
    {
        var severe = playbook.Steps.SelectMany(s => s.Questions).SelectMany(q => q.RedFlags).Where(f => f.Severity > Severity.Warning).ToList();

        Assert.NotEmpty(severe);
        Assert.All(severe.Where(f => f.Id != "gut-says-no"), f => Assert.False(string.IsNullOrWhiteSpace(f.ClosesWhen), f.Id));
    }

    [Fact]
    public void Every_red_flag_of_the_default_playbook_says_why_it_has_its_severity()
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(PlaybookLoader.ReadDefaultJson())!;
        var flags = document["steps"]!.AsArray().SelectMany(s => s!["questions"]!.AsArray()).SelectMany(q => q!["redFlags"]?.AsArray() ?? []).ToList();

        Assert.NotEmpty(flags);
        Assert.All(flags, f => Assert.False(string.IsNullOrWhiteSpace((string?)f!["rationale"]), (string?)f!["id"]));
    }

    [Fact]
    public void Decision_maker_advice_asks_who_else_approves()
    {
        var question = playbook.GetStep("qualify").GetQuestion("decision-maker");

        Assert.Contains(question.RedFlags, f => f.Advice.Contains("Who, besides you, will be responsible for approvals?", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_gut_feeling_is_a_hard_stop_because_bad_prospects_never_turn_into_good_partners()
    {
        var gut = playbook.GetStep("qualify").GetQuestion("gut");

        var flag = Assert.Single(gut.RedFlags, f => f.When.AnswerIn?.Contains("bad") == true);
        Assert.Equal(Severity.HardStop, flag.Severity);
        Assert.Contains("Bad prospects never turn into good partners", flag.Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void Engage_purpose_says_to_summarize_then_ask_whether_they_are_ready_to_move_forward()
    {
        var engage = playbook.GetStep("engage");

        Assert.Contains("summarize the whole conversation", engage.Purpose, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Are you ready to move forward?", engage.Purpose, StringComparison.Ordinal);
    }

    [Fact]
    public void A_prospect_who_is_not_ready_gets_three_calls_and_a_letter()
    {
        var ready = playbook.GetStep("engage").GetQuestion("ready");

        Assert.Equal(AnswerKind.YesNo, ready.Kind);
        foreach (var answer in new[] { "no", "unsure" })
        {
            var flag = Assert.Single(ready.RedFlags, f => f.When.AnswerIn?.Contains(answer) == true);
            Assert.Contains("three calls and a letter", flag.Advice, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Nudged_questions_exist_with_the_kinds_the_nudges_read()
    {
        Assert.Equal(AnswerKind.Date, playbook.GetStep("prepare").GetQuestion("meeting-date").Kind);
        Assert.Equal(AnswerKind.Date, playbook.GetStep("engage").GetQuestion("estimate-sent").Kind);
        Assert.Equal(AnswerKind.YesNo, playbook.GetStep("exit").GetQuestion("repeat-likely").Kind);
        Assert.Equal(AnswerKind.Number, playbook.GetStep("exit").GetQuestion("reenter-months").Kind);
        Assert.Equal(AnswerKind.Number, playbook.GetStep("finalize").GetQuestion("revision-rounds").Kind);
    }

    [Fact]
    public void Every_question_has_a_one_line_tip()
    {
        var questions = playbook.Steps.SelectMany(s => s.Questions).ToList();

        Assert.All(questions, q =>
        {
            Assert.False(string.IsNullOrWhiteSpace(q.Tip), q.Id);
            Assert.True(q.Tip.Length <= 160, $"{q.Id}: tip is {q.Tip.Length} characters");
            Assert.DoesNotContain('\n', q.Tip);
        });
    }

    [Fact]
    public void Every_link_of_the_cycle_is_explained_once_and_the_exit_is_never_a_full_stop()
    {
        Assert.Equal(Enum.GetValues<DealLink>(), playbook.Links.Select(l => l.Link));
        Assert.All(playbook.Links, l => Assert.False(string.IsNullOrWhiteSpace(l.Meaning) || string.IsNullOrWhiteSpace(l.WhatMatters)));
        Assert.Contains("pause", Guide(DealLink.Engagement), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("renegotiat", Guide(DealLink.Contract), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("always collect feedback", Guide(DealLink.Closing), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("never a full stop", Guide(DealLink.Exit), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Load_default_returns_the_same_playbook_as_loading_the_embedded_text()
    {
        var loaded = PlaybookLoader.Load(PlaybookLoader.ReadDefaultJson(), PlaybookLoader.DefaultSource);

        Assert.Equal(playbook.Steps.Select(s => (s.Id, s.Questions.Count)), loaded.Steps.Select(s => (s.Id, s.Questions.Count)));
        Assert.Same(playbook, PlaybookLoader.LoadDefault());
    }

    private string Guide(DealLink link)
    {
        var guide = playbook.Links.Single(l => l.Link == link);
        return guide.Meaning + " " + guide.WhatMatters;
    }
}
