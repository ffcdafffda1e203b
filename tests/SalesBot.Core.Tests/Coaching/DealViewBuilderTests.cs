using SalesBot.Core.Coaching;
using SalesBot.Core.Deals;
using SalesBot.Core.Playbooks;
using SalesBot.Core.Qualification;
using SalesBot.Core.Tests.Deals;
using static SalesBot.Core.Tests.Coaching.DealStates;

namespace SalesBot.Core.Tests.Coaching;

public sealed class DealViewBuilderTests
{
    /// <summary>Recorded out of playbook order, with the screen's afford answer changed once.</summary>
    private static readonly Answer[] Recorded =
    [
        Answers.Of("qualify", "need", "yes", version: 1, at: Answers.Now.AddMinutes(1)),
        Answers.Of("screen", "afford", "no", version: 1, at: Answers.Now.AddMinutes(2), note: "too pricey"),
        Answers.Of("screen", "serious", "yes", version: 1, at: Answers.Now.AddMinutes(3)),
        Answers.Of("screen", "afford", "yes", version: 2, at: Answers.Now.AddMinutes(4), note: "found the money"),
    ];

    private static DealSnapshot SnapshotOf(Deal deal, params Answer[] answers) => new(deal, new AnswerSheet(answers), [], [], Price);

    [Fact]
    public void The_current_view_shows_the_latest_version_of_each_answer_in_playbook_order()
    {
        var view = DealViewBuilder.Build(DefaultPlaybook, SnapshotOf(Deal("Acme"), Recorded), showHistory: false);

        Assert.False(view.ShowHistory);
        Assert.Equal(["serious", "afford", "need"], view.Answers.Select(a => a.QuestionId));
        var afford = view.Answers[1];
        Assert.Equal(("yes", "found the money", 2), (afford.Value, afford.Note, afford.Version));
        Assert.Equal("Screen", afford.StepTitle);
        Assert.Equal("My prices start at 5,000 USD. Were they prepared to spend that?", afford.Question);
        Assert.Equal(Answers.Now.AddMinutes(4), afford.RecordedAt);
        Assert.Equal(Answers.Author, afford.RecordedBy);
        Assert.Equal("Qualify", view.Answers[2].StepTitle);
    }

    [Fact]
    public void The_history_view_shows_every_version_in_the_order_recorded()
    {
        var view = DealViewBuilder.Build(DefaultPlaybook, SnapshotOf(Deal("Acme"), Recorded), showHistory: true);

        Assert.True(view.ShowHistory);
        Assert.Equal(
            [("need", "yes", 1), ("afford", "no", 1), ("serious", "yes", 1), ("afford", "yes", 2)],
            view.Answers.Select(a => (a.QuestionId, a.Value, a.Version)));
    }

    [Fact]
    public void Values_are_shown_in_words_choice_titles_formatted_money_and_skips()
    {
        var view = DealViewBuilder.Build(
            DefaultPlaybook,
            SnapshotOf(
                Deal("Acme"),
                Answers.Of("qualify", "gut", "good"),
                Answers.Of("qualify", "budget", "12500 USD"),
                Answers.Of("qualify", "deadline", "")),
            showHistory: false);

        Assert.Equal(["12,500 USD", "(skipped)", "Good"], view.Answers.Select(a => a.Value));
    }

    [Fact]
    public void Answers_to_questions_no_longer_in_the_playbook_appear_only_in_the_history_under_their_ids()
    {
        var old = Answers.Of("old-step", "old-question", "kept");

        var current = DealViewBuilder.Build(DefaultPlaybook, SnapshotOf(Deal("Acme"), old), showHistory: false);
        var history = DealViewBuilder.Build(DefaultPlaybook, SnapshotOf(Deal("Acme"), old), showHistory: true);

        Assert.Empty(current.Answers);
        var line = Assert.Single(history.Answers);
        Assert.Equal(("old-step", "old-question", "kept"), (line.StepTitle, line.Question, line.Value));
    }

    [Fact]
    public void Warnings_from_unjudged_steps_are_listed_apart_and_their_hard_stops_join_the_judgement()
    {
        var view = DealViewBuilder.Build(
            DefaultPlaybook,
            SnapshotOf(
                Deal("Acme"),
                Answers.Of("screen", "serious", "no"),
                Answers.Of("prepare", "company", "no"),
                Answers.Of("needs", "overlap", "no")),
            showHistory: false);

        Assert.Equal(["company-unknown"], view.OtherFlags.Select(f => f.RuleId));
        Assert.Equal(["prepare"], view.OtherFlags.Select(f => f.StepId));
        Assert.NotNull(view.Judgement);
        Assert.Equal(["no-overlap", "not-serious"], view.Judgement.Flags.Select(f => f.RuleId));
    }

    [Fact]
    public void The_view_carries_the_deal_the_judgement_and_the_advisors_next_step()
    {
        var deal = Deal("Acme Corp", "screen");
        deal.MoveTo(DealLink.Alignment, Answers.Now);
        Touch[] touches = [new(deal.Id, TouchKind.Call, "no answer", Answers.Now, Answers.Author)];
        DealEvent[] events = [new(deal.Id, "stage", "alignment", Answers.Now, Answers.Author)];
        var answers = Answers.Sheet(("screen", "serious", "yes"), ("screen", "afford", "no"));
        var snapshot = new DealSnapshot(deal, answers, touches, events, Price);

        var view = DealViewBuilder.Build(DefaultPlaybook, snapshot, showHistory: false);

        Assert.Equal("Acme Corp", view.Prospect);
        Assert.Equal(DealLink.Alignment, view.Stage);
        Assert.Equal(DealStatus.Open, view.Status);
        Assert.Null(view.ClosedReason);
        Assert.Equal(touches, view.Touches);
        Assert.Equal(events, view.History);
        Assert.NotNull(view.Judgement);
        Assert.Equal((Verdict.NeedsWork, 50), (view.Judgement.Verdict, view.Judgement.Score));
        Assert.Equal(NextStepAdvisor.Advise(DefaultPlaybook, snapshot, view.Judgement), view.NextStep);
        Assert.Equal("screen \"Acme Corp\"", view.NextStep.Command);
    }

    [Fact]
    public void A_closed_deal_shows_its_status_and_reason()
    {
        var deal = Deal("Acme");
        deal.Close(DealStatus.Lost, "went quiet", Answers.Now);

        var view = DealViewBuilder.Build(DefaultPlaybook, SnapshotOf(deal), showHistory: false);

        Assert.Equal((DealStatus.Lost, "went quiet"), (view.Status, view.ClosedReason));
        Assert.Null(view.Judgement);
        Assert.Equal("reopen Acme", view.NextStep.Command);
    }

    [Fact]
    public void A_pipeline_line_has_no_verdict_before_anything_is_judged()
    {
        var line = DealViewBuilder.Line(DefaultPlaybook, SnapshotOf(Deal("Acme")));

        Assert.Equal(("Acme", DealLink.Entry, DealStatus.Open), (line.Prospect, line.Stage, line.Status));
        Assert.Null(line.Verdict);
        Assert.Equal("screen Acme", line.NextStep.Command);
    }

    [Fact]
    public void A_pipeline_line_shows_the_verdict_and_the_next_step()
    {
        var line = DealViewBuilder.Line(DefaultPlaybook, SnapshotOf(Deal("Acme"), Answers.Of("qualify", "can-pay", "no")));

        Assert.Equal(Verdict.WalkAway, line.Verdict);
        Assert.Equal("drop Acme <reason>", line.NextStep.Command);
    }
}
