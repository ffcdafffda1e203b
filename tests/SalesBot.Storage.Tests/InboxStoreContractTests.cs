using SalesBot.Core.Channels;

namespace SalesBot.Storage.Tests;

/// <summary>What every channel inbox must do. A provider's test class derives from this and returns a store over a fresh, migrated, empty database.</summary>
public abstract class InboxStoreContractTests
{
    protected static readonly DateTimeOffset T0 = new(2026, 3, 4, 9, 0, 0, TimeSpan.Zero);
    protected static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    protected static CancellationToken Ct => CancellationToken.None;

    protected abstract Task<IInboxStore> CreateStoreAsync();

    protected static InboxEntry Entry(string partition, string payload, string? dedupe = null, string channel = "slack") =>
        new(channel, partition, payload, T0) { DedupeKey = dedupe };

    [Fact]
    public async Task OnePartition_IsHandedOutOneEntryAtATime_InTheOrderWritten()
    {
        var inbox = await CreateStoreAsync();
        foreach (var text in new[] { "a1", "a2", "a3" })
        {
            Assert.True(await inbox.AddAsync(Entry("T|alice", text), Ct));
        }

        var seen = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var claimed = Assert.Single(await inbox.ClaimAsync("slack", "me", T0, Lease, 10, Ct));
            Assert.Empty(await inbox.ClaimAsync("slack", "other", T0, Lease, 10, Ct));
            seen.Add(claimed.Payload);
            Assert.Equal((1, T0, "T|alice"), (claimed.Attempts, claimed.ReceivedAt, claimed.PartitionKey));
            Assert.True(await inbox.CompleteAsync(claimed.Seq, "me", Ct));
        }

        Assert.Equal(["a1", "a2", "a3"], seen);
        Assert.Equal(0, await inbox.CountAsync("slack", Ct));
    }

    [Fact]
    public async Task DifferentPartitions_AreClaimedTogether_OldestFirst_UpToTheLimit_AndOnlyForTheirChannel()
    {
        var inbox = await CreateStoreAsync();
        await inbox.AddAsync(Entry("T|alice", "a1"), Ct);
        await inbox.AddAsync(Entry("T|bob", "b1"), Ct);
        await inbox.AddAsync(Entry("T|alice", "a2"), Ct);
        await inbox.AddAsync(Entry("T|carol", "c1"), Ct);
        await inbox.AddAsync(Entry("T|dave", "d1", channel: "other"), Ct);

        var first = await inbox.ClaimAsync("slack", "me", T0, Lease, 2, Ct);
        var second = await inbox.ClaimAsync("slack", "me", T0, Lease, 10, Ct);

        Assert.Equal(["a1", "b1"], first.Select(item => item.Payload));
        Assert.Equal(["c1"], second.Select(item => item.Payload));
        Assert.Equal(4, await inbox.CountAsync("slack", Ct));
    }

    [Fact]
    public async Task AnEntryWhoseClaimantDied_IsClaimedAgainOnlyAfterItsLease_AndTheDeadClaimantCanNoLongerFinishIt()
    {
        var inbox = await CreateStoreAsync();
        await inbox.AddAsync(Entry("T|alice", "a1"), Ct);
        await inbox.AddAsync(Entry("T|alice", "a2"), Ct);
        var dead = Assert.Single(await inbox.ClaimAsync("slack", "dead", T0, Lease, 10, Ct));

        Assert.Empty(await inbox.ClaimAsync("slack", "alive", T0 + Lease - TimeSpan.FromSeconds(1), Lease, 10, Ct));
        var again = Assert.Single(await inbox.ClaimAsync("slack", "alive", T0 + Lease, Lease, 10, Ct));

        Assert.Equal((dead.Seq, "a1", 2), (again.Seq, again.Payload, again.Attempts));
        Assert.False(await inbox.CompleteAsync(dead.Seq, "dead", Ct));
        Assert.False(await inbox.RenewAsync(dead.Seq, "dead", T0.AddHours(1), Ct));
        Assert.Equal(2, await inbox.CountAsync("slack", Ct));
        Assert.True(await inbox.CompleteAsync(again.Seq, "alive", Ct));
        Assert.Equal("a2", Assert.Single(await inbox.ClaimAsync("slack", "alive", T0 + Lease, Lease, 10, Ct)).Payload);
    }

    [Fact]
    public async Task AReleasedClaim_CanBeClaimedAgainAtOnce_ButOnlyItsHolderCanReleaseIt()
    {
        var inbox = await CreateStoreAsync();
        await inbox.AddAsync(Entry("T|alice", "a1"), Ct);
        var claimed = Assert.Single(await inbox.ClaimAsync("slack", "me", T0, Lease, 10, Ct));

        Assert.False(await inbox.ReleaseAsync(claimed.Seq, "other", Ct));
        Assert.Empty(await inbox.ClaimAsync("slack", "other", T0, Lease, 10, Ct));
        Assert.True(await inbox.ReleaseAsync(claimed.Seq, "me", Ct));

        var again = Assert.Single(await inbox.ClaimAsync("slack", "other", T0, Lease, 10, Ct));
        Assert.Equal((claimed.Seq, 2), (again.Seq, again.Attempts));
        Assert.False(await inbox.CompleteAsync(claimed.Seq, "me", Ct));
    }

    [Fact]
    public async Task ARenewedLease_KeepsOthersOut_UntilTheNewTime()
    {
        var inbox = await CreateStoreAsync();
        await inbox.AddAsync(Entry("T|alice", "a1"), Ct);
        var claimed = Assert.Single(await inbox.ClaimAsync("slack", "me", T0, Lease, 10, Ct));

        Assert.True(await inbox.RenewAsync(claimed.Seq, "me", T0 + (3 * Lease), Ct));

        Assert.Empty(await inbox.ClaimAsync("slack", "other", T0 + (2 * Lease), Lease, 10, Ct));
        Assert.Single(await inbox.ClaimAsync("slack", "other", T0 + (3 * Lease), Lease, 10, Ct));
    }

    [Fact]
    public async Task ARetryWithTheSameDedupeKey_IsNotAdded_WhileTheFirstIsWaiting_ButIsOnceTheFirstIsDone()
    {
        var inbox = await CreateStoreAsync();
        Assert.True(await inbox.AddAsync(Entry("T|alice", "first", "event:Ev1"), Ct));
        Assert.False(await inbox.AddAsync(Entry("T|alice", "retry", "event:Ev1"), Ct));
        Assert.True(await inbox.AddAsync(Entry("T|alice", "same key elsewhere", "event:Ev1", channel: "other"), Ct));
        Assert.True(await inbox.AddAsync(Entry("T|alice", "no key"), Ct));
        Assert.True(await inbox.AddAsync(Entry("T|alice", "no key either"), Ct));
        Assert.Equal(3, await inbox.CountAsync("slack", Ct));

        var first = Assert.Single(await inbox.ClaimAsync("slack", "me", T0, Lease, 10, Ct));
        Assert.Equal("first", first.Payload);
        await inbox.CompleteAsync(first.Seq, "me", Ct);

        Assert.True(await inbox.AddAsync(Entry("T|alice", "late retry", "event:Ev1"), Ct));
    }

    [Fact]
    public async Task ManyClaimantsAtOnce_NeverHoldTwoEntriesOfOnePartition_AndTogetherRunEveryEntryOnceInOrder()
    {
        var inbox = await CreateStoreAsync();
        const int Users = 6;
        const int Each = 8;
        for (var i = 0; i < Each; i++)
        {
            for (var u = 0; u < Users; u++)
            {
                await inbox.AddAsync(Entry($"T|u{u}", $"u{u}:{i}"), Ct);
            }
        }

        var running = new HashSet<string>();
        var done = new List<string>();
        var claimants = Enumerable.Range(0, 4).Select(c => Task.Run(async () =>
        {
            var store = await OtherInstanceAsync(inbox);
            var idle = 0;
            while (idle < 20)
            {
                var batch = await store.ClaimAsync("slack", $"c{c}", T0, Lease, 3, Ct);
                if (batch.Count == 0)
                {
                    idle++;
                    await Task.Delay(5);
                    continue;
                }

                idle = 0;
                foreach (var item in batch)
                {
                    lock (running)
                    {
                        Assert.True(running.Add(item.PartitionKey), $"{item.PartitionKey} was claimed twice at once");
                    }
                }

                await Task.Delay(1);
                foreach (var item in batch)
                {
                    lock (running)
                    {
                        done.Add(item.Payload);
                        running.Remove(item.PartitionKey);
                    }

                    Assert.True(await store.CompleteAsync(item.Seq, $"c{c}", Ct));
                }
            }
        })).ToList();
        await Task.WhenAll(claimants);

        Assert.Equal(Users * Each, done.Count);
        for (var u = 0; u < Users; u++)
        {
            Assert.Equal(Enumerable.Range(0, Each).Select(i => $"u{u}:{i}"), done.Where(payload => payload.StartsWith($"u{u}:", StringComparison.Ordinal)));
        }
    }

    /// <summary>A store as another instance would have it over the same database (its own connections).</summary>
    protected virtual Task<IInboxStore> OtherInstanceAsync(IInboxStore store) => Task.FromResult(store);
}
