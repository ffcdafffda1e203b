using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;
using SalesBot.Core.Nudges;
using SalesBot.Core.Storage;
using SalesBot.Core.Users;

namespace SalesBot.Storage.Tests;

/// <summary>
/// What every nudge outbox must do, over the same database as the deal store. A provider's test class derives from
/// this and returns both stores over a fresh, migrated, empty database.
/// </summary>
public abstract class NudgeStoreContractTests
{
    protected static readonly Owner Alice = new("tenant-a", "alice");
    protected static readonly Owner Bob = new("tenant-a", "bob");
    protected static readonly DateTimeOffset T0 = new(2026, 3, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    protected static CancellationToken Ct => CancellationToken.None;

    protected abstract Task<(ISalesBotStore Deals, INudgeStore Nudges)> CreateStoresAsync();

    [Fact]
    public async Task PlannedNudges_AreListedPending_AndDueOnlyFromTheirDueTime()
    {
        var (deals, nudges) = await CreateStoresAsync();
        var deal = await NewDealAsync(deals, Alice);
        var call2 = NudgeFor(deal, NudgeKind.Call2, T0.AddDays(3));

        await deals.CommitAsync(new TurnCommit(Alice) { NudgePlans = [new NudgePlan(deal.Id, [call2])] }, Ct);

        var pending = Assert.Single(await nudges.ListPendingAsync(Alice, Ct));
        Assert.Equal((call2.Id, NudgeKind.Call2, call2.DueAt, NudgeState.Pending), (pending.Id, pending.Kind, pending.DueAt, pending.State));
        Assert.Equal(Alice, pending.Owner);
        Assert.Empty(await nudges.ListDueAsync(T0.AddDays(3).AddTicks(-10), 10, Ct));
        Assert.Equal([call2.Id], (await nudges.ListDueAsync(T0.AddDays(3), 10, Ct)).Select(n => n.Id));
        Assert.Empty(await nudges.ListPendingAsync(Bob, Ct));
    }

    [Fact]
    public async Task PlanningAgain_KeepsOneRowPerId_MovesTheDueTime_AndCancelsWhatIsNoLongerWanted()
    {
        var (deals, nudges) = await CreateStoresAsync();
        var deal = await NewDealAsync(deals, Alice);
        var call2 = NudgeFor(deal, NudgeKind.Call2, T0.AddDays(3));
        var stalled = NudgeFor(deal, NudgeKind.Stalled, T0.AddDays(7));
        await deals.CommitAsync(new TurnCommit(Alice) { NudgePlans = [new NudgePlan(deal.Id, [call2, stalled])] }, Ct);

        var moved = call2 with { DueAt = T0.AddDays(4) };
        await deals.CommitAsync(new TurnCommit(Alice) { NudgePlans = [new NudgePlan(deal.Id, [moved])] }, Ct);

        var pending = Assert.Single(await nudges.ListPendingAsync(Alice, Ct));
        Assert.Equal((call2.Id, T0.AddDays(4)), (pending.Id, pending.DueAt));
        var cancelled = await nudges.GetAsync(Alice, stalled.Id, Ct);
        Assert.Equal(NudgeState.Cancelled, cancelled!.State);
    }

    [Fact]
    public async Task ANudgeThePlanCancelled_ComesBackWhenWantedAgain_ButADoneOneStaysDone()
    {
        var (deals, nudges) = await CreateStoresAsync();
        var deal = await NewDealAsync(deals, Alice);
        var stalled = NudgeFor(deal, NudgeKind.Stalled, T0.AddDays(7));
        var prepare = NudgeFor(deal, NudgeKind.Prepare, T0.AddDays(2));
        await deals.CommitAsync(new TurnCommit(Alice) { NudgePlans = [new NudgePlan(deal.Id, [stalled, prepare])] }, Ct);
        await deals.CommitAsync(new TurnCommit(Alice) { NudgePlans = [new NudgePlan(deal.Id, [prepare])] }, Ct);
        Assert.Equal(NudgeState.Cancelled, (await nudges.GetAsync(Alice, stalled.Id, Ct))!.State);
        await deals.CommitAsync(new TurnCommit(Alice) { NudgeCompletions = [new NudgeCompletion(prepare.Id)] }, Ct);

        await deals.CommitAsync(new TurnCommit(Alice) { NudgePlans = [new NudgePlan(deal.Id, [stalled with { DueAt = T0.AddDays(8) }, prepare])] }, Ct);

        var back = (await nudges.GetAsync(Alice, stalled.Id, Ct))!;
        Assert.Equal((NudgeState.Pending, T0.AddDays(8)), (back.State, back.DueAt));
        Assert.Equal(NudgeState.Done, (await nudges.GetAsync(Alice, prepare.Id, Ct))!.State);
        Assert.Equal([stalled.Id], (await nudges.ListPendingAsync(Alice, Ct)).Select(n => n.Id));
    }

    [Fact]
    public async Task PlanningANudgeOnAnotherUsersDeal_IsRefused_AndWritesNothing()
    {
        var (deals, nudges) = await CreateStoresAsync();
        var bobsDeal = await NewDealAsync(deals, Bob);
        var forged = NudgeFor(bobsDeal, NudgeKind.Call2, T0) with { Owner = Alice };

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => deals.CommitAsync(
            new TurnCommit(Alice) { NudgePlans = [new NudgePlan(bobsDeal.Id, [forged])] }, Ct));

        Assert.Empty(await nudges.ListDueAsync(T0.AddYears(1), 10, Ct));
    }

    [Fact]
    public async Task TwoClaimants_NeverGetTheSameNudge_AndTogetherGetAllDueOnes()
    {
        var (deals, nudges) = await CreateStoresAsync();
        var deal = await NewDealAsync(deals, Alice);
        var wanted = Enumerable.Range(0, 40).Select(i => NudgeFor(deal, NudgeKind.Stalled, T0.AddMinutes(i), T0.AddMinutes(i))).ToList();
        var notYet = NudgeFor(deal, NudgeKind.Call2, T0.AddDays(1));
        await deals.CommitAsync(new TurnCommit(Alice) { NudgePlans = [new NudgePlan(deal.Id, [.. wanted, notYet])] }, Ct);

        var now = T0.AddHours(1);
        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => nudges.ClaimDueAsync(now, $"dispatcher-{i % 2}", Lease, 7, Ct))));
        var more = await nudges.ClaimDueAsync(now, "dispatcher-0", Lease, 100, Ct);

        var ids = claims.SelectMany(c => c).Concat(more).Select(n => n.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(wanted.Select(n => n.Id).Order(), ids.Order());
        Assert.All(claims.SelectMany(c => c), n => Assert.Equal(1, n.Attempts));
    }

    [Fact]
    public async Task AClaim_TakesEveryDueNudgeOfTheUsersItPicks_SoOneUsersRemindersAreNeverSplitBetweenClaimants()
    {
        var (deals, nudges) = await CreateStoresAsync();
        var owners = Enumerable.Range(0, 6).Select(i => new Owner("tenant-a", $"user-{i}")).ToList();
        var due = new Dictionary<Owner, List<string>>();
        foreach (var (owner, index) in owners.Select((owner, index) => (owner, index)))
        {
            var deal = await NewDealAsync(deals, owner);
            // Interleaved due times, so an owner's nudges are not next to each other in due order.
            var planned = Enumerable.Range(0, 5).Select(i => NudgeFor(deal, NudgeKind.Stalled, T0.AddMinutes(i * 10 + index), T0.AddMinutes(i))).ToList();
            await deals.CommitAsync(new TurnCommit(owner) { NudgePlans = [new NudgePlan(deal.Id, planned)] }, Ct);
            due[owner] = planned.Select(n => n.Id).ToList();
        }

        var now = T0.AddHours(2);
        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => nudges.ClaimDueAsync(now, $"dispatcher-{i}", Lease, 1, Ct))));

        // A claimant that met a user another was claiming at that moment may get nothing this round; the next round does.
        var rest = await nudges.ClaimDueAsync(now, "next-round", Lease, 100, Ct);
        var claimed = claims.Where(c => c.Count > 0).SelectMany(c => c.GroupBy(n => n.Owner)).Concat(rest.GroupBy(n => n.Owner)).ToList();
        Assert.Equal(owners.Select(o => o.UserId).Order(), claimed.Select(c => c.Key.UserId).Order());
        Assert.All(claimed, claim => Assert.Equal(due[claim.Key].Order(), claim.Select(n => n.Id).Order()));
        Assert.All(claims, claim => Assert.True(claim.Select(n => n.Owner).Distinct().Count() <= 1, "a claim of limit 1 took more than one user"));
    }

    [Fact]
    public async Task AnExpiredLease_IsClaimedAgain_AndTheOldHolderCanNoLongerMarkItSent()
    {
        var (deals, nudges) = await CreateStoresAsync();
        var deal = await NewDealAsync(deals, Alice);
        var nudge = NudgeFor(deal, NudgeKind.Call2, T0);
        await deals.CommitAsync(new TurnCommit(Alice) { NudgePlans = [new NudgePlan(deal.Id, [nudge])] }, Ct);

        Assert.Single(await nudges.ClaimDueAsync(T0, "crashed", Lease, 10, Ct));
        Assert.Empty(await nudges.ClaimDueAsync(T0.AddMinutes(1), "other", Lease, 10, Ct));
        var retaken = Assert.Single(await nudges.ClaimDueAsync(T0 + Lease, "other", Lease, 10, Ct));

        Assert.Equal(2, retaken.Attempts);
        Assert.False(await nudges.MarkSentAsync(nudge.Id, "crashed", T0.AddMinutes(3), Ct));
        Assert.True(await nudges.MarkSentAsync(nudge.Id, "other", T0.AddMinutes(3), Ct));
        var sent = await nudges.GetAsync(Alice, nudge.Id, Ct);
        Assert.Equal((NudgeState.Sent, T0.AddMinutes(3)), (sent!.State, sent.SentAt));
    }

    [Fact]
    public async Task ASentNudge_IsNeverClaimedAgain_EvenWhenTheDealIsPlannedAgain()
    {
        var (deals, nudges) = await CreateStoresAsync();
        var deal = await NewDealAsync(deals, Alice);
        var nudge = NudgeFor(deal, NudgeKind.Call2, T0);
        var plan = new TurnCommit(Alice) { NudgePlans = [new NudgePlan(deal.Id, [nudge])] };
        await deals.CommitAsync(plan, Ct);
        await nudges.ClaimDueAsync(T0, "d", Lease, 10, Ct);
        await nudges.MarkSentAsync(nudge.Id, "d", T0, Ct);

        await deals.CommitAsync(plan, Ct);

        Assert.Empty(await nudges.ClaimDueAsync(T0.AddDays(1), "d", Lease, 10, Ct));
        Assert.Empty(await nudges.ListPendingAsync(Alice, Ct));
        Assert.Equal(NudgeState.Sent, (await nudges.GetAsync(Alice, nudge.Id, Ct))!.State);
    }

    [Fact]
    public async Task AReleasedNudge_IsDueAgainAtItsRetryTime_WithTheReason()
    {
        var (deals, nudges) = await CreateStoresAsync();
        var deal = await NewDealAsync(deals, Alice);
        var nudge = NudgeFor(deal, NudgeKind.Call2, T0);
        await deals.CommitAsync(new TurnCommit(Alice) { NudgePlans = [new NudgePlan(deal.Id, [nudge])] }, Ct);
        await nudges.ClaimDueAsync(T0, "d", Lease, 10, Ct);

        await nudges.ReleaseAsync(nudge.Id, "d", T0.AddMinutes(10), "connector said 503", mayHaveArrived: false, Ct);

        Assert.Empty(await nudges.ClaimDueAsync(T0.AddMinutes(9), "d", Lease, 10, Ct));
        var again = Assert.Single(await nudges.ClaimDueAsync(T0.AddMinutes(10), "d", Lease, 10, Ct));
        Assert.Equal("connector said 503", again.Note);
    }

    [Fact]
    public async Task ASendingMark_SurvivesAnExpiredClaimAndAnUncertainRelease_AndIsClearedBySentOrACertainFailure()
    {
        var (deals, nudges) = await CreateStoresAsync();
        var deal = await NewDealAsync(deals, Alice);
        var nudge = NudgeFor(deal, NudgeKind.Call2, T0);
        await deals.CommitAsync(new TurnCommit(Alice) { NudgePlans = [new NudgePlan(deal.Id, [nudge])] }, Ct);
        Assert.Null(Assert.Single(await nudges.ClaimDueAsync(T0, "d1", Lease, 10, Ct)).SendingAt);

        Assert.False(await nudges.MarkSendingAsync(nudge.Id, "someone-else", T0, Ct));
        Assert.True(await nudges.MarkSendingAsync(nudge.Id, "d1", T0.AddSeconds(1), Ct));

        // d1 dies mid-send; its lease runs out and d2 claims the nudge: it sees the mark.
        var reclaimed = Assert.Single(await nudges.ClaimDueAsync(T0 + Lease, "d2", Lease, 10, Ct));
        Assert.Equal(T0.AddSeconds(1), reclaimed.SendingAt);

        await nudges.ReleaseAsync(nudge.Id, "d2", T0 + Lease, "timeout", mayHaveArrived: true, Ct);
        Assert.Equal(T0.AddSeconds(1), Assert.Single(await nudges.ClaimDueAsync(T0 + Lease, "d3", Lease, 10, Ct)).SendingAt);

        await nudges.ReleaseAsync(nudge.Id, "d3", T0 + Lease, "HTTP 503", mayHaveArrived: false, Ct);
        Assert.Null(Assert.Single(await nudges.ClaimDueAsync(T0 + Lease, "d4", Lease, 10, Ct)).SendingAt);

        Assert.True(await nudges.MarkSendingAsync(nudge.Id, "d4", T0 + Lease, Ct));
        Assert.True(await nudges.MarkSentAsync(nudge.Id, "d4", T0 + Lease, Ct));
        var sent = await nudges.GetAsync(Alice, nudge.Id, Ct);
        Assert.Equal((NudgeState.Sent, (DateTimeOffset?)null), (sent!.State, sent.SendingAt));
    }

    [Fact]
    public async Task Snooze_MovesOnlyTheOwnersNudge_AndSurvivesPlanningAgain()
    {
        var (deals, nudges) = await CreateStoresAsync();
        var deal = await NewDealAsync(deals, Alice);
        var nudge = NudgeFor(deal, NudgeKind.Call2, T0);
        var plan = new TurnCommit(Alice) { NudgePlans = [new NudgePlan(deal.Id, [nudge])] };
        await deals.CommitAsync(plan, Ct);

        await deals.CommitAsync(new TurnCommit(Bob) { NudgeSnoozes = [new NudgeSnooze(nudge.Id, T0.AddYears(1))] }, Ct);
        Assert.Equal(T0, (await nudges.GetAsync(Alice, nudge.Id, Ct))!.DueAt);

        await deals.CommitAsync(new TurnCommit(Alice) { NudgeSnoozes = [new NudgeSnooze(nudge.Id, T0.AddDays(1))] }, Ct);
        await deals.CommitAsync(plan, Ct);

        var snoozed = await nudges.GetAsync(Alice, nudge.Id, Ct);
        Assert.Equal((T0.AddDays(1), true), (snoozed!.DueAt, snoozed.Snoozed));
        Assert.Empty(await nudges.ClaimDueAsync(T0.AddHours(1), "d", Lease, 10, Ct));
    }

    [Fact]
    public async Task SnoozingASentNudge_MakesItDueAgainAtTheNewTime()
    {
        var (deals, nudges) = await CreateStoresAsync();
        var deal = await NewDealAsync(deals, Alice);
        var nudge = NudgeFor(deal, NudgeKind.Call2, T0);
        await deals.CommitAsync(new TurnCommit(Alice) { NudgePlans = [new NudgePlan(deal.Id, [nudge])] }, Ct);
        await nudges.ClaimDueAsync(T0, "d", Lease, 10, Ct);
        await nudges.MarkSentAsync(nudge.Id, "d", T0, Ct);

        await deals.CommitAsync(new TurnCommit(Alice) { NudgeSnoozes = [new NudgeSnooze(nudge.Id, T0.AddHours(1))] }, Ct);

        Assert.Empty(await nudges.ClaimDueAsync(T0.AddMinutes(59), "d", Lease, 10, Ct));
        var again = Assert.Single(await nudges.ClaimDueAsync(T0.AddHours(1), "d", Lease, 10, Ct));
        Assert.Equal((nudge.Id, NudgeState.Pending, true), (again.Id, again.State, again.Snoozed));
    }

    [Fact]
    public async Task Completion_MarksTheOwnersNudgeDone_AndIgnoresOtherUsers()
    {
        var (deals, nudges) = await CreateStoresAsync();
        var deal = await NewDealAsync(deals, Alice);
        var nudge = NudgeFor(deal, NudgeKind.Letter, T0);
        await deals.CommitAsync(new TurnCommit(Alice) { NudgePlans = [new NudgePlan(deal.Id, [nudge])] }, Ct);

        await deals.CommitAsync(new TurnCommit(Bob) { NudgeCompletions = [new NudgeCompletion(nudge.Id)] }, Ct);
        Assert.Equal(NudgeState.Pending, (await nudges.GetAsync(Alice, nudge.Id, Ct))!.State);
        Assert.Null(await nudges.GetAsync(Bob, nudge.Id, Ct));

        await deals.CommitAsync(new TurnCommit(Alice) { NudgeCompletions = [new NudgeCompletion(nudge.Id)] }, Ct);
        Assert.Equal(NudgeState.Done, (await nudges.GetAsync(Alice, nudge.Id, Ct))!.State);
    }

    [Fact]
    public async Task CancelAll_CancelsOnlyThatUsersPendingNudges_WithTheReason()
    {
        var (deals, nudges) = await CreateStoresAsync();
        var alices = await NewDealAsync(deals, Alice);
        var bobs = await NewDealAsync(deals, Bob);
        var a = NudgeFor(alices, NudgeKind.Call2, T0);
        var b = NudgeFor(bobs, NudgeKind.Call2, T0);
        await deals.CommitAsync(new TurnCommit(Alice) { NudgePlans = [new NudgePlan(alices.Id, [a])] }, Ct);
        await deals.CommitAsync(new TurnCommit(Bob) { NudgePlans = [new NudgePlan(bobs.Id, [b])] }, Ct);

        Assert.Equal(1, await nudges.CancelAllAsync(Alice, "bot removed from Teams", Ct));

        var cancelled = await nudges.GetAsync(Alice, a.Id, Ct);
        Assert.Equal((NudgeState.Cancelled, "bot removed from Teams"), (cancelled!.State, cancelled.Note));
        Assert.Equal([b.Id], (await nudges.ListDueAsync(T0, 10, Ct)).Select(n => n.Id));
    }

    [Fact]
    public async Task NudgePreferences_RoundTripWithTheProfile()
    {
        var (deals, _) = await CreateStoresAsync();
        var profile = new UserProfile(Alice, 4000m, "EUR", "pl-PL", "Europe/Warsaw", T0)
        {
            DigestAt = new TimeOnly(8, 30),
            PausedFrom = T0,
            PausedUntil = T0.AddDays(14),
        };

        await deals.CommitAsync(new TurnCommit(Alice) { Profile = profile }, Ct);

        Assert.Equal(profile, await deals.GetProfileAsync(Alice, Ct));
    }

    private static async Task<Deal> NewDealAsync(ISalesBotStore deals, Owner owner)
    {
        var deal = Deal.Start(owner, "Acme", T0);
        await deals.CommitAsync(new TurnCommit(owner) { NewDeals = [deal] }, Ct);
        return deal;
    }

    private static Nudge NudgeFor(Deal deal, NudgeKind kind, DateTimeOffset due, DateTimeOffset? cause = null) =>
        new(Nudge.MakeId(deal.Id, kind, cause ?? T0), deal.Owner, deal.Id, kind, due, T0);
}
