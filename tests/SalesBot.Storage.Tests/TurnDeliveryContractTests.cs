using SalesBot.Core.Channels;
using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;
using SalesBot.Core.Storage;

namespace SalesBot.Storage.Tests;

/// <summary>
/// A turn's delivery mark and the user's address commit in the turn's own transaction: a delivery counts as handled only
/// once a commit carrying it landed, and a commit carrying a handled delivery writes nothing at all.
/// </summary>
public abstract class TurnDeliveryContractTests
{
    protected static readonly Owner Alice = new("tenant-a", "alice");
    protected static readonly Owner Bob = new("tenant-a", "bob");
    protected static readonly DateTimeOffset T0 = new(2026, 3, 4, 9, 30, 15, TimeSpan.Zero);

    protected static CancellationToken Ct => CancellationToken.None;

    /// <summary>The turn store and the channel store over one fresh, migrated, empty database.</summary>
    protected abstract Task<(ISalesBotStore Store, IChannelStore Channels)> CreateStoresAsync();

    /// <summary>A second store over the same database, as another instance would have (PostgreSQL); null where there is none.</summary>
    protected abstract ISalesBotStore? SecondInstance();

    private static DeliveryMark Mark(string id, DateTimeOffset? at = null) => new("msteams", id, at ?? T0);

    private static ChannelAddress AddressOf(Owner owner, string reference) =>
        new(owner, "msteams", reference, "en-GB", "Europe/Warsaw", true, null, T0);

    [Fact]
    public async Task ACommittedMark_IsHandled_OnlyForItsChannelAndId()
    {
        var (store, _) = await CreateStoresAsync();

        await store.CommitAsync(new TurnCommit(Alice) { Deliveries = [Mark("conv|1")] }, Ct);

        Assert.True(await store.IsDeliveredAsync("msteams", ["conv|1"], T0.AddMinutes(1), Ct));
        Assert.False(await store.IsDeliveredAsync("msteams", ["conv|2"], T0.AddMinutes(1), Ct));
        Assert.False(await store.IsDeliveredAsync("slack", ["conv|1"], T0.AddMinutes(1), Ct));
    }

    [Fact]
    public async Task ASecondCommitOfTheSameDelivery_IsRefused_AndWritesNothingOfItsTurn()
    {
        var (store, channels) = await CreateStoresAsync();
        await store.CommitAsync(new TurnCommit(Alice) { Deliveries = [Mark("conv|1")] }, Ct);
        var deal = Deal.Start(Alice, "Acme", T0);

        await Assert.ThrowsAsync<DuplicateDeliveryException>(() => store.CommitAsync(
            new TurnCommit(Alice)
            {
                Deliveries = [Mark("conv|1", T0.AddSeconds(15))],
                NewDeals = [deal],
                State = new ConversationStateWrite("tenant-a|msteams|conv|alice", "{\"stack\":[]}", 0),
                Address = AddressOf(Alice, "{\"retry\":true}"),
            },
            Ct));

        Assert.Empty(await store.ListDealsAsync(Alice, Ct));
        Assert.Null(await store.LoadConversationAsync("tenant-a|msteams|conv|alice", Ct));
        Assert.Null(await channels.GetAddressAsync(Alice, "msteams", Ct));
    }

    [Fact]
    public async Task ACommitThatFails_LeavesItsDeliveryUnhandled()
    {
        var (store, _) = await CreateStoresAsync();
        var stale = Deal.Start(Alice, "Acme", T0);
        await store.CommitAsync(new TurnCommit(Alice) { NewDeals = [stale] }, Ct);
        var copy = await store.GetDealAsync(Alice, stale.Id, Ct);
        copy!.CompleteStep("screen", DealLink.Alignment, T0);
        await store.CommitAsync(new TurnCommit(Alice) { ChangedDeals = [copy] }, Ct);
        stale.CompleteStep("qualify", DealLink.Alignment, T0);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            store.CommitAsync(new TurnCommit(Alice) { Deliveries = [Mark("conv|7")], ChangedDeals = [stale] }, Ct));

        Assert.False(await store.IsDeliveredAsync("msteams", ["conv|7"], T0, Ct));
        await store.CommitAsync(new TurnCommit(Alice) { Deliveries = [Mark("conv|7")] }, Ct);
        Assert.True(await store.IsDeliveredAsync("msteams", ["conv|7"], T0, Ct));
    }

    [Fact]
    public async Task AMarkOlderThanADay_IsForgotten_AndTheDeliveryCountsAsNewAgain()
    {
        var (store, _) = await CreateStoresAsync();
        await store.CommitAsync(new TurnCommit(Alice) { Deliveries = [Mark("conv|1")] }, Ct);

        var later = T0.AddDays(1).AddMinutes(1);
        Assert.False(await store.IsDeliveredAsync("msteams", ["conv|1"], later, Ct));
        await store.CommitAsync(new TurnCommit(Alice) { Deliveries = [Mark("conv|1", later)] }, Ct);
        Assert.True(await store.IsDeliveredAsync("msteams", ["conv|1"], later, Ct));
    }

    [Fact]
    public async Task TheAddress_IsSavedByTheTurnsCommit_AndReplacedWhenItChanges()
    {
        var (store, channels) = await CreateStoresAsync();
        await channels.MarkUnreachableAsync(Alice, "msteams", "blocked", T0, Ct);

        await store.CommitAsync(new TurnCommit(Alice) { Address = AddressOf(Alice, "{\"v\":1}") }, Ct);
        var first = await channels.GetAddressAsync(Alice, "msteams", Ct);
        await channels.MarkUnreachableAsync(Alice, "msteams", "blocked", T0.AddMinutes(1), Ct);
        await store.CommitAsync(new TurnCommit(Alice) { Address = AddressOf(Alice, "{\"v\":1}") with { UpdatedAt = T0.AddMinutes(2) } }, Ct);
        var reachableAgain = await channels.GetAddressAsync(Alice, "msteams", Ct);
        await store.CommitAsync(new TurnCommit(Alice) { Address = AddressOf(Alice, "{\"v\":2}") }, Ct);

        Assert.Equal(("{\"v\":1}", true), (first?.Reference, first?.Reachable));
        Assert.Equal((true, null), (reachableAgain?.Reachable, reachableAgain?.UnreachableReason));
        Assert.Equal("{\"v\":2}", (await channels.GetAddressAsync(Alice, "msteams", Ct))?.Reference);
    }

    [Fact]
    public async Task ATurnOfOneUser_CannotWriteAnotherUsersAddress_AndNothingOfItIsWritten()
    {
        var (store, channels) = await CreateStoresAsync();

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => store.CommitAsync(
            new TurnCommit(Alice) { Deliveries = [Mark("conv|1")], Address = AddressOf(Bob, "{\"hijack\":true}") }, Ct));

        Assert.Null(await channels.GetAddressAsync(Bob, "msteams", Ct));
        Assert.False(await store.IsDeliveredAsync("msteams", ["conv|1"], T0, Ct));
    }

    [Fact]
    public async Task TheSameDelivery_CommittedManyTimesAtOnce_LandsExactlyOnce()
    {
        var (store, _) = await CreateStoresAsync();
        var other = SecondInstance() ?? store;

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(async () =>
        {
            var deal = Deal.Start(Alice, "Acme " + i, T0);
            try
            {
                await (i % 2 == 0 ? store : other).CommitAsync(new TurnCommit(Alice) { Deliveries = [Mark("conv|42")], NewDeals = [deal] }, Ct);
                return true;
            }
            catch (DuplicateDeliveryException)
            {
                return false;
            }
        })));

        Assert.Single(outcomes, landed => landed);
        Assert.Single(await store.ListDealsAsync(Alice, Ct));
    }
}
