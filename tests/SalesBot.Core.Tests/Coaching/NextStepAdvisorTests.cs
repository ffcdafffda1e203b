using SalesBot.Core.Coaching;
using SalesBot.Core.Deals;
using static SalesBot.Core.Tests.Coaching.DealStates;

namespace SalesBot.Core.Tests.Coaching;

public sealed class NextStepAdvisorTests
{
    private const string WalkAwayRule = "Bad prospects never turn into good partners.";

    private const string RuleWords = "Bad prospects never turn into good partners";

    [Fact]
    public void A_new_deal_starts_with_the_first_step_of_the_playbook()
    {
        var screen = DefaultPlaybook.GetStep("screen");

        var next = Advise(Snapshot(Deal("Acme")));

        Assert.Equal($"Screen: {screen.Purpose}", next.Action);
        Assert.Equal("Nothing is recorded yet: screen and qualify a prospect before you give them a meeting.", next.Why);
        Assert.Equal("screen Acme", next.Command);
    }

    [Fact]
    public void A_step_started_but_not_finished_is_to_be_finished_with_its_progress()
    {
        var next = Advise(Snapshot(Deal("Acme"), ("screen", "serious", "yes")));

        Assert.Equal("Finish Screen for Acme: 1 of 3 questions answered.", next.Action);
        Assert.Equal(DefaultPlaybook.GetStep("screen").Purpose, next.Why);
        Assert.Equal("screen Acme", next.Command);
    }

    [Fact]
    public void The_started_step_after_a_completed_one_is_the_one_to_finish()
    {
        var snapshot = Snapshot(
            Deal("Acme", "screen"),
            Qualified.Take(6).ToArray());

        var next = Advise(snapshot);

        Assert.Equal("Finish Qualify for Acme: 4 of 10 questions answered.", next.Action);
        Assert.Equal("qualify Acme", next.Command);
    }

    [Fact]
    public void A_finished_screen_with_a_red_flag_gives_that_flags_advice_and_offers_the_screen_again()
    {
        var cannotAfford = Rule("screen", "afford", "cannot-afford");

        var next = Advise(Snapshot(Deal("Acme", "screen"), ("screen", "serious", "yes"), ("screen", "afford", "no")));

        Assert.Equal(cannotAfford.Advice, next.Action);
        Assert.Contains("Do not rush to meet", next.Action, StringComparison.Ordinal);
        Assert.Equal(
            "Verdict: needs work. Blocker: " + cannotAfford.Flag + " Score 50 on 2 of 12 answered (qualified at 75, walk away below 40). "
            + "Qualified once they say yes to your starting price.",
            next.Why);
        Assert.Equal("screen Acme", next.Command);
    }

    [Fact]
    public void A_finished_screen_with_two_blockers_advises_on_the_first_and_names_both()
    {
        var next = Advise(Snapshot(Deal("Acme", "screen"), ("screen", "serious", "no"), ("screen", "afford", "unsure")));

        Assert.Equal(Rule("screen", "serious", "not-serious").Advice, next.Action);
        Assert.StartsWith(
            "Verdict: needs work. Blocker: " + Rule("screen", "serious", "not-serious").Flag + " Blocker: " + Rule("screen", "afford", "cannot-afford").Flag,
            next.Why,
            StringComparison.Ordinal);
        Assert.Equal("screen Acme", next.Command);
    }

    [Fact]
    public void A_screen_answered_no_to_both_questions_says_walk_away()
    {
        var next = Advise(Snapshot(Deal("Acme", "screen"), ("screen", "serious", "no"), ("screen", "afford", "no")));

        Assert.Equal("drop Acme <reason>", next.Command);
        Assert.StartsWith("Verdict: walk away. Screen: no to every question.", next.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Qualify_started_without_a_screen_sends_the_user_back_to_the_screen_before_any_meeting()
    {
        var answers = Qualified.Where(a => a.Step == "qualify").ToArray();

        var next = Advise(Snapshot(Deal("Acme", "qualify"), answers));

        Assert.Equal($"Screen: {DefaultPlaybook.GetStep("screen").Purpose}", next.Action);
        Assert.Equal("screen Acme", next.Command);
    }

    [Fact]
    public void A_clean_screen_leads_on_to_qualify()
    {
        var next = Advise(Snapshot(Deal("Acme", "screen"), ("screen", "serious", "yes"), ("screen", "afford", "yes")));

        Assert.Equal($"Qualify: {DefaultPlaybook.GetStep("qualify").Purpose}", next.Action);
        Assert.Equal("qualify Acme", next.Command);
    }

    [Fact]
    public void A_finished_qualify_with_too_many_skips_asks_for_the_open_answers_before_preparing()
    {
        var next = Advise(Snapshot(
            Deal("Acme", "screen", "qualify"),
            ("screen", "serious", "yes"), ("screen", "afford", "yes"),
            ("qualify", "need", "yes"), ("qualify", "experience", "yes"), ("qualify", "can-pay", "yes")));

        Assert.Equal("Finish Qualify for Acme: 3 of 10 questions answered.", next.Action);
        Assert.Equal(
            "Verdict: needs work. Score 100 on 5 of 12 answered (qualified at 75, walk away below 40). "
            + "A verdict of qualified needs 10 of 12 questions answered: answer 5 more.",
            next.Why);
        Assert.Equal("qualify Acme", next.Command);
    }

    [Fact]
    public void A_finished_qualify_below_the_qualifying_score_without_blockers_starts_with_the_worst_warning()
    {
        var answers = Qualified
            .Select(a => a.Question switch
            {
                "experience" or "repeat-business" or "worked-before" or "personality" => (a.Step, a.Question, "no"),
                "gut" => (a.Step, a.Question, "unsure"),
                _ => a,
            })
            .ToArray();

        var next = Advise(Snapshot(Deal("Acme", "screen", "qualify"), answers));

        Assert.Equal(Rule("qualify", "experience", "new-industry").Advice, next.Action);
        Assert.StartsWith("Verdict: needs work. Score 69 on 12 of 12 answered", next.Why, StringComparison.Ordinal);
        Assert.Equal("qualify Acme", next.Command);
    }

    [Fact]
    public void A_qualified_prospect_after_qualify_goes_on_to_prepare_with_the_verdict_as_the_reason()
    {
        var prepare = DefaultPlaybook.GetStep("prepare");

        var next = Advise(Snapshot(Deal("Acme", "screen", "qualify"), Qualified));

        Assert.Equal($"Prepare: {prepare.Purpose}", next.Action);
        Assert.Equal("Verdict: qualified. Score 100 on 12 of 12 answered (qualified at 75, walk away below 40).", next.Why);
        Assert.Equal("prepare Acme", next.Command);
    }

    [Fact]
    public void A_qualified_prospect_with_a_warning_goes_on_to_prepare_after_the_warnings_advice()
    {
        var budgetTooLow = Rule("qualify", "budget", "budget-too-low");
        var answers = Qualified.Select(a => a.Question == "budget" ? (a.Step, a.Question, "4000 USD") : a).ToArray();

        var next = Advise(Snapshot(Deal("Acme", "screen", "qualify"), answers));

        Assert.Equal(budgetTooLow.Advice + " Then prepare.", next.Action);
        Assert.Equal("prepare Acme", next.Command);
        Assert.Equal(
            "Verdict: qualified. Score 94 on 12 of 12 answered (qualified at 75, walk away below 40); 1 red flag to watch. Red flag: " + budgetTooLow.Flag,
            next.Why);
    }

    [Fact]
    public void A_blocker_comes_before_the_warnings_and_before_any_later_step()
    {
        var notDecisionMaker = Rule("qualify", "decision-maker", "not-decision-maker");
        var answers = Qualified
            .Select(a => a.Question switch
            {
                "decision-maker" or "experience" => (a.Step, a.Question, "no"),
                _ => a,
            })
            .ToArray();

        var next = Advise(Snapshot(Deal("Acme", "screen", "qualify"), answers));

        Assert.Equal(notDecisionMaker.Advice, next.Action);
        Assert.Contains("Who, besides you, will be responsible for approvals?", next.Action, StringComparison.Ordinal);
        Assert.Equal(
            "Verdict: needs work. Blocker: " + notDecisionMaker.Flag + " Score 80 on 12 of 12 answered (qualified at 75, walk away below 40); "
            + "1 red flag to watch. Qualified once the person who signs is in the conversation.",
            next.Why);
        Assert.Equal("qualify Acme", next.Command);
    }

    [Fact]
    public void A_hard_stop_says_walk_away_with_the_drop_command_and_the_rule_exactly_once()
    {
        var answers = Qualified.Select(a => a.Question == "gut" ? (a.Step, a.Question, "bad") : a).ToArray();

        var next = Advise(Snapshot(Deal("Acme", "screen", "qualify"), answers));

        Assert.Equal("Walk away from Acme: drop the deal and spend the time on a better prospect.", next.Action);
        Assert.Equal("drop Acme <reason>", next.Command);
        Assert.StartsWith(
            "Verdict: walk away. Hard stop: Your gut says no. Score 90 on 12 of 12 answered (qualified at 75, walk away below 40). " + Rule("qualify", "gut", "gut-says-no").Advice,
            next.Why,
            StringComparison.Ordinal);

        // The gut advice already says "Bad prospects never turn into good partners, however ..." (a comma, not a full stop),
        // so the rule must not be appended a second time.
        Assert.True(Occurrences(next.Why, RuleWords) == 1, $"The rule should appear once in: {next.Why}");
    }

    [Fact]
    public void A_hard_stop_whose_advice_lacks_the_rule_gets_the_rule_added_once()
    {
        var answers = Qualified.Select(a => a.Question == "need" ? (a.Step, a.Question, "no") : a).ToArray();

        var next = Advise(Snapshot(Deal("Acme", "screen", "qualify"), answers));

        Assert.Equal(
            "Verdict: walk away. Hard stop: They do not need what you deliver. Score 88 on 12 of 12 answered (qualified at 75, walk away below 40). "
            + "Worth another look only once they turn out to need what you deliver. " + Rule("qualify", "need", "no-need").Advice + " " + WalkAwayRule,
            next.Why);
        Assert.Equal(1, Occurrences(next.Why, RuleWords));
    }

    [Fact]
    public void Several_blockers_at_once_say_walk_away_and_add_the_rule_once()
    {
        (string, string, string)[] lukewarm =
        [
            ("screen", "serious", "unsure"), ("screen", "afford", "unsure"), ("qualify", "need", "unsure"),
            ("qualify", "experience", "no"), ("qualify", "can-pay", "unsure"), ("qualify", "repeat-business", "no"),
            ("qualify", "budget", "1000 USD"), ("qualify", "deadline", "2026-12-01"), ("qualify", "worked-before", "no"),
            ("qualify", "decision-maker", "no"), ("qualify", "personality", "no"), ("qualify", "gut", "unsure"),
        ];

        var next = Advise(Snapshot(Deal("Acme", "screen", "qualify"), lukewarm));

        Assert.StartsWith("Verdict: walk away. Blocker: ", next.Why, StringComparison.Ordinal);
        Assert.EndsWith(WalkAwayRule, next.Why, StringComparison.Ordinal);
        Assert.Equal(1, Occurrences(next.Why, RuleWords));
        Assert.Equal("drop Acme <reason>", next.Command);
    }

    [Fact]
    public void Walk_away_comes_before_finishing_the_step_in_progress()
    {
        var next = Advise(Snapshot(Deal("Acme", "screen"), ("qualify", "need", "yes"), ("qualify", "can-pay", "no")));

        Assert.Equal("drop Acme <reason>", next.Command);
        Assert.StartsWith("Walk away from Acme", next.Action, StringComparison.Ordinal);
    }

    [Fact]
    public void After_the_needs_analysis_comes_the_recommendation()
    {
        var recommend = DefaultPlaybook.GetStep("recommend");
        var answers = Qualified.Concat([("needs", "goals", "Double online orders"), ("needs", "listened", "yes"), ("needs", "overlap", "yes")]).ToArray();

        var next = Advise(Snapshot(Deal("Acme", StepsThrough("needs")), answers));

        Assert.Equal($"Recommend: {recommend.Purpose}", next.Action);
        Assert.Equal("Needs analysis is done. " + DefaultPlaybook.Links.Single(l => l.Link == DealLink.Alignment).WhatMatters, next.Why);
        Assert.Equal("recommend Acme", next.Command);
    }

    [Fact]
    public void A_needs_analysis_that_found_no_overlap_is_a_hard_stop_that_says_walk_away()
    {
        var noOverlap = Rule("needs", "overlap", "no-overlap");
        var answers = Qualified.Append(("needs", "overlap", "no")).ToArray();

        var next = Advise(Snapshot(Deal("Acme", StepsThrough("needs")), answers));

        Assert.Equal("drop Acme <reason>", next.Command);
        Assert.StartsWith("Verdict: walk away. Hard stop: " + noOverlap.Flag, next.Why, StringComparison.Ordinal);
        Assert.Contains(noOverlap.Advice, next.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void After_the_recommendation_comes_engagement_which_asks_whether_they_are_ready_to_move_forward()
    {
        var answers = Qualified.Concat([("recommend", "goal-agreed", "yes"), ("recommend", "you-help", "yes")]).ToArray();

        var next = Advise(Snapshot(Deal("Acme", StepsThrough("recommend")), answers));

        Assert.StartsWith("Engage: ", next.Action, StringComparison.Ordinal);
        Assert.Contains("Are you ready to move forward?", next.Action, StringComparison.Ordinal);
        Assert.Contains("summarize the whole conversation", next.Action, StringComparison.Ordinal);
        Assert.StartsWith("Recommend is done.", next.Why, StringComparison.Ordinal);
        Assert.Equal("engage Acme", next.Command);
    }

    [Fact]
    public void An_engagement_where_they_were_not_ready_gives_the_follow_up_advice()
    {
        var notReady = Rule("engage", "ready", "not-ready");
        var answers = Qualified.Concat([("engage", "summarized", "yes"), ("engage", "ready", "no")]).ToArray();

        var next = Advise(Snapshot(Deal("Acme", StepsThrough("engage")), answers));

        Assert.Equal(notReady.Advice, next.Action);
        Assert.Contains("three calls and a letter", next.Action, StringComparison.Ordinal);
        Assert.Equal("Red flag: " + notReady.Flag, next.Why);
        Assert.Equal("engage Acme", next.Command);
    }

    [Fact]
    public void An_engagement_where_they_said_yes_goes_on_to_finalize()
    {
        var answers = Qualified.Concat([("engage", "summarized", "yes"), ("engage", "ready", "yes")]).ToArray();

        var next = Advise(Snapshot(Deal("Acme", StepsThrough("engage")), answers));

        Assert.Equal("finalize Acme", next.Command);
    }

    [Fact]
    public void With_every_step_done_the_advice_is_to_stay_in_touch()
    {
        var exit = DefaultPlaybook.Links.Single(l => l.Link == DealLink.Exit);

        var next = Advise(Snapshot(Deal("Acme", StepsThrough("exit")), Qualified));

        Assert.Equal("Stay in touch with Acme and offer the next project when the time is right.", next.Action);
        Assert.Equal(exit.WhatMatters, next.Why);
        Assert.Equal("deal Acme", next.Command);
    }

    [Theory]
    [InlineData(DealStatus.Lost, "lost")]
    [InlineData(DealStatus.Dropped, "dropped")]
    public void A_lost_or_dropped_deal_has_nothing_to_do_but_can_be_reopened(DealStatus status, string word)
    {
        var deal = Deal("Acme", "screen");
        deal.Close(status, "went with a cheaper vendor", Answers.Now);

        var next = Advise(Snapshot(deal, ("screen", "serious", "yes")));

        Assert.Equal($"Nothing to do: the deal is {word}.", next.Action);
        Assert.Equal("Reason recorded: went with a cheaper vendor.", next.Why);
        Assert.Equal("reopen Acme", next.Command);
    }

    [Fact]
    public void A_dropped_deal_without_a_reason_just_says_it_is_closed()
    {
        var deal = Deal("Acme");
        deal.Close(DealStatus.Dropped, "", Answers.Now);

        Assert.Equal("It is closed.", Advise(Snapshot(deal)).Why);
    }

    [Fact]
    public void A_dropped_deal_is_offered_reopening_rather_than_walking_away_again()
    {
        var deal = Deal("Acme");
        deal.Close(DealStatus.Dropped, "gut said no", Answers.Now);

        var next = Advise(Snapshot(deal, ("qualify", "gut", "bad")));

        Assert.Equal("reopen Acme", next.Command);
    }

    [Fact]
    public void Names_with_spaces_are_quoted_in_every_command_but_not_in_the_sentences()
    {
        var fresh = Advise(Snapshot(Deal("Acme Corp")));
        var started = Advise(Snapshot(Deal("Acme Corp"), ("screen", "serious", "yes")));
        var walkAway = Advise(Snapshot(Deal("Acme Corp"), ("qualify", "gut", "bad")));
        var done = Advise(Snapshot(Deal("Acme Corp", StepsThrough("exit")), Qualified));
        var lost = Deal("Acme Corp");
        lost.Close(DealStatus.Lost, "price", Answers.Now);

        Assert.Equal("screen \"Acme Corp\"", fresh.Command);
        Assert.Equal("screen \"Acme Corp\"", started.Command);
        Assert.StartsWith("Finish Screen for Acme Corp:", started.Action, StringComparison.Ordinal);
        Assert.Equal("drop \"Acme Corp\" <reason>", walkAway.Command);
        Assert.StartsWith("Walk away from Acme Corp:", walkAway.Action, StringComparison.Ordinal);
        Assert.Equal("deal \"Acme Corp\"", done.Command);
        Assert.Equal("reopen \"Acme Corp\"", Advise(Snapshot(lost)).Command);
    }

    [Theory]
    [InlineData("Acme", "Acme")]
    [InlineData("Acme Corp", "\"Acme Corp\"")]
    [InlineData("Bob's Bakery & Co", "\"Bob's Bakery & Co\"")]
    public void Quote_wraps_only_names_with_spaces(string name, string quoted)
    {
        Assert.Equal(quoted, NextStepAdvisor.Quote(name));
    }
}
