using SalesBot.Testing;
using SalesBot.Core.Coaching;
using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;
using SalesBot.Core.Nudges;
using SalesBot.Core.Playbooks;
using SalesBot.Core.Qualification;

namespace SalesBot.Core.Tests.Nudges;

public sealed class NudgePlannerTests
{
    private static readonly Owner Alice = new("t", "alice");
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly NudgeTiming Timing = new(new WorkingCalendar(TimeZoneInfo.Utc, WorkingHours.Default), null, null, null);
    private readonly NudgePlanner _planner = new(PlaybookLoader.LoadDefault().Nudges);

    [Fact]
    public void AnUnansweredFirstCall_WantsCall2ThreeBusinessDaysLater()
    {
        var deal = Deal.Start(Alice, "Acme", Monday);
        var friday = Monday.AddDays(4);

        var nudge = Assert.Single(Plan(deal, [Call(friday, "no answer")], now: friday));

        Assert.Equal((NudgeKind.Call2, friday.AddDays(5)), (nudge.Kind, nudge.DueAt));
        Assert.Equal(Nudge.MakeId(deal.Id, NudgeKind.Call2, friday), nudge.Id);
    }

    [Fact]
    public void TheCadence_GoesCall2Call3LetterDrop_AndAnAnsweredCallEndsIt()
    {
        var deal = Deal.Start(Alice, "Acme", Monday);
        List<Touch> touches = [Call(Monday, "no answer")];
        Assert.Equal(NudgeKind.Call2, Single(deal, touches).Kind);
        touches.Add(Call(Monday.AddDays(3), "voicemail"));
        Assert.Equal(NudgeKind.Call3, Single(deal, touches).Kind);
        touches.Add(Call(Monday.AddDays(8), "no answer again"));
        var letter = Single(deal, touches);
        Assert.Equal((NudgeKind.Letter, Monday.AddDays(15)), (letter.Kind, letter.DueAt));
        touches.Add(new Touch(deal.Id, TouchKind.Letter, "personal letter sent", Monday.AddDays(15), "alice"));
        var drop = Single(deal, touches);
        Assert.Equal((NudgeKind.Drop, Monday.AddDays(18)), (drop.Kind, drop.DueAt));

        touches.Add(Call(Monday.AddDays(16), "they called back, meeting on Friday"));
        Assert.DoesNotContain(Plan(deal, touches, Monday.AddDays(16)), n => n.Kind is NudgeKind.Call2 or NudgeKind.Call3 or NudgeKind.Letter or NudgeKind.Drop);
    }

    [Theory]
    [InlineData("call us in two months when things settle")]
    [InlineData("Send the proposal to my email and we'll think about it")]
    [InlineData("She'll get to it after my vacation, she said")]
    public void AStallExcuse_StartsTheCadenceByItself_EvenFromAMeeting(string excuse)
    {
        var deal = Deal.Start(Alice, "Acme", Monday);

        var nudge = Single(deal, [new Touch(deal.Id, TouchKind.Meeting, excuse, Monday, "alice")]);

        Assert.Equal(NudgeKind.Call2, nudge.Kind);
    }

    [Fact]
    public void PlanningTheSameDealTwice_GivesTheSameIds()
    {
        var deal = Deal.Start(Alice, "Acme", Monday);
        Touch[] touches = [Call(Monday, "no answer")];

        Assert.Equal(Plan(deal, touches, Monday).Select(n => n.Id), Plan(deal, touches, Monday.AddHours(2)).Select(n => n.Id));
    }

    [Fact]
    public void ALostOrDroppedDeal_WantsNothing()
    {
        var deal = Deal.Start(Alice, "Acme", Monday);
        deal.Close(DealStatus.Dropped, "no response", Monday);

        Assert.Empty(Plan(deal, [Call(Monday, "no answer")], Monday));
    }

    [Fact]
    public void AnIdleDeal_WantsTheStalledReminderAfterItsStagesDays_AtTheStartOfTheWorkingDay()
    {
        var deal = Deal.Start(Alice, "Acme", Monday);
        deal.MoveTo(DealLink.Alignment, Monday);

        var nudge = Single(deal, []);

        Assert.Equal((NudgeKind.Stalled, new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero)), (nudge.Kind, nudge.DueAt));
    }

    [Fact]
    public void EveryTurnOfOneDay_PlansTheSameStalledReminder_ANewDayMovesIt()
    {
        var deal = Deal.Start(Alice, "Acme", Monday);
        deal.MoveTo(DealLink.Alignment, Monday);
        var morning = Single(deal, []);

        deal.MoveTo(DealLink.Alignment, Monday.AddHours(5));
        var afternoon = Single(deal, []);
        deal.MoveTo(DealLink.Alignment, Monday.AddDays(1));
        var tuesday = Single(deal, []);

        Assert.Equal((morning.Id, morning.DueAt), (afternoon.Id, afternoon.DueAt));
        Assert.NotEqual(morning.Id, tuesday.Id);
        Assert.Equal(morning.DueAt.AddDays(1), tuesday.DueAt);
    }

    [Fact]
    public void AtEngagement_ThePauseEndsWithAnEntryReminder()
    {
        var deal = Deal.Start(Alice, "Acme", Monday);
        deal.MoveTo(DealLink.Engagement, Monday);

        var nudge = Single(deal, []);

        Assert.Equal((NudgeKind.Entry, new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero)), (nudge.Kind, nudge.DueAt));
    }

    [Fact]
    public void AMondayMeeting_WantsAPreparationReminderOnFridayMorning()
    {
        var deal = Deal.Start(Alice, "Acme", Monday);
        var answers = new AnswerSheet([Answers.Of("prepare", "meeting-date", "2026-11-30", at: Monday, dealId: deal.Id, by: "alice")]);

        var prepare = Assert.Single(Plan(deal, [], Monday, answers), n => n.Kind == NudgeKind.Prepare);

        Assert.Equal(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero), prepare.DueAt);
    }

    [Fact]
    public void AtClosing_FeedbackIsWantedUntilTheFeedbackStepIsDone()
    {
        var deal = Deal.Start(Alice, "Acme", Monday);
        deal.MoveTo(DealLink.Closing, Monday);
        Assert.Contains(Plan(deal, [], Monday), n => n.Kind == NudgeKind.Feedback);

        deal.CompleteStep("feedback", DealLink.Closing, Monday);
        Assert.DoesNotContain(Plan(deal, [], Monday), n => n.Kind == NudgeKind.Feedback);
    }

    [Fact]
    public void EventsChangeThePlan_OnlyWhenThePlannerSaysItReadsThem()
    {
        var early = Deal.Start(Alice, "Acme", Monday);
        var closing = Deal.Start(Alice, "Globex", Monday);
        closing.MoveTo(DealLink.Closing, Monday.AddDays(30));
        var lost = Deal.Start(Alice, "Initech", Monday);
        lost.MoveTo(DealLink.Closing, Monday.AddDays(30));
        lost.Close(DealStatus.Lost, "went elsewhere", Monday.AddDays(31));

        foreach (var deal in new[] { early, closing, lost })
        {
            List<DealEvent> events = [new DealEvent(deal.Id, "stage", "moved", Monday.AddDays(2), "alice")];
            var withEvents = _planner.Plan(new DealSnapshot(deal, AnswerSheet.Empty, [], events, new PricePoint(1000m, "USD")), Timing, Monday.AddDays(40));
            var withoutEvents = _planner.Plan(new DealSnapshot(deal, AnswerSheet.Empty, [], [], new PricePoint(1000m, "USD")), Timing, Monday.AddDays(40));

            Assert.Equal(_planner.ReadsEvents(deal), !withEvents.Select(n => (n.Id, n.DueAt)).SequenceEqual(withoutEvents.Select(n => (n.Id, n.DueAt))));
        }

        Assert.Equal((false, true, false), (_planner.ReadsEvents(early), _planner.ReadsEvents(closing), _planner.ReadsEvents(lost)));
    }

    [Fact]
    public void AWarmExitWithRepeatBusinessLikely_WantsAReentryAfterTheAnsweredMonths()
    {
        var deal = Deal.Start(Alice, "Acme", Monday);
        deal.Close(DealStatus.Won, "signed", Monday);
        var answers = new AnswerSheet(
        [
            Answers.Of("exit", "repeat-likely", "yes", at: Monday, dealId: deal.Id, by: "alice"),
            Answers.Of("exit", "reenter-months", "4", at: Monday, dealId: deal.Id, by: "alice"),
        ]);

        var reentry = Assert.Single(Plan(deal, [], Monday, answers), n => n.Kind == NudgeKind.Reentry);

        Assert.Equal(new DateTimeOffset(2027, 3, 23, 10, 0, 0, TimeSpan.Zero), reentry.DueAt);
    }

    private Nudge Single(Deal deal, List<Touch> touches) =>
        Assert.Single(Plan(deal, touches, touches.Count > 0 ? touches[^1].At : Monday));

    private IReadOnlyList<Nudge> Plan(Deal deal, IReadOnlyList<Touch> touches, DateTimeOffset now, AnswerSheet? answers = null) =>
        _planner.Plan(new DealSnapshot(deal, answers ?? AnswerSheet.Empty, touches, [], new PricePoint(1000m, "USD")), Timing, now);

    private static Touch Call(DateTimeOffset at, string outcome) => new("deal", TouchKind.Call, outcome, at, "alice");
}
