using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesBot.Core.Channels;
using SalesBot.Core.Conversations;
using SalesBot.Core.Nudges;
using SalesBot.Dialogs.Tests.Transcripts;
using SalesBot.Testing;

namespace SalesBot.Dialogs.Tests.Nudges;

/// <summary>Exactly once: two dispatchers over one store, a restart after downtime, a crashed claim, and unreachable users.</summary>
public sealed class NudgeDispatchTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task TwoDispatchersOverOneStore_SendEachDueNudgeOnce()
    {
        using var folder = new TempFolder();
        var channel = new RecordingNudgeChannel();
        var clock = new FakeTimeProvider(Monday);
        await using var first = await NudgeBot.StartAsync(channel, clock, folder);
        await using var second = await NudgeBot.StartAsync(channel, clock, folder);
        var owners = await SeedSilentProspectsAsync(first, 30);

        clock.Advance(TimeSpan.FromDays(4));
        var counts = await Task.WhenAll(
            Task.Run(() => first.DispatchAsync()), Task.Run(() => second.DispatchAsync()),
            Task.Run(() => first.DispatchAsync()), Task.Run(() => second.DispatchAsync()));

        Assert.Equal(30, counts.Sum());
        Assert.Equal(owners.Order(), channel.Sent.Select(s => s.Owner.UserId).Order());
        Assert.Equal(0, await first.DispatchAsync() + await second.DispatchAsync());
    }

    [Fact]
    public async Task AfterDowntime_ARestartCatchesUpOnMissedNudges_WithoutDuplicates()
    {
        using var folder = new TempFolder();
        var channel = new RecordingNudgeChannel();
        var clock = new FakeTimeProvider(Monday);
        await using (var before = await NudgeBot.StartAsync(channel, clock, folder))
        {
            await SeedSilentProspectsAsync(before, 5);
            clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(1)); // Thu 10:30 UTC: all five are due
            Assert.Equal(5, await before.DispatchAsync());
            await before.TeamsFlow("user-0").NewDeal("Late").Send("log Late call no answer").IgnoreReplies().StartTestAsync();
        }

        clock.Advance(TimeSpan.FromDays(5)); // down over the weekend; Tue 10:30
        await using var after = await NudgeBot.StartAsync(channel, clock, folder);

        Assert.Equal(1, await after.DispatchAsync());
        Assert.Equal(0, await after.DispatchAsync());
        Assert.Equal(6, channel.Sent.Count);
        Assert.Contains("Late", channel.Items()[^1].Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANudgeClaimedByACrashedInstance_IsSentOnceItsLeaseExpires()
    {
        var channel = new RecordingNudgeChannel();
        var clock = new FakeTimeProvider(Monday);
        await using var bot = await NudgeBot.StartAsync(channel, clock);
        await SeedSilentProspectsAsync(bot, 1);
        clock.Advance(TimeSpan.FromDays(4));
        Assert.Single(await bot.Nudges().ClaimDueAsync(clock.GetUtcNow(), "crashed-instance", TimeSpan.FromMinutes(2), 10, CancellationToken.None));

        Assert.Equal(0, await bot.DispatchAsync());
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await bot.DispatchAsync());
        Assert.Single(channel.Sent);
    }

    /// <summary>An instance claims the nudge, marks the send, and dies before it can say whether the send went out.</summary>
    private static async Task<(TestBot Bot, string NudgeId)> CrashMidSendAsync(RecordingNudgeChannel channel, FakeTimeProvider clock)
    {
        var bot = await NudgeBot.StartAsync(channel, clock);
        await SeedSilentProspectsAsync(bot, 1);
        clock.Advance(TimeSpan.FromDays(4));
        var nudge = Assert.Single(await bot.Nudges().ClaimDueAsync(clock.GetUtcNow(), "crashed-instance", TimeSpan.FromMinutes(2), 10, CancellationToken.None));
        Assert.True(await bot.Nudges().MarkSendingAsync(nudge.Id, "crashed-instance", clock.GetUtcNow(), CancellationToken.None));
        clock.Advance(TimeSpan.FromMinutes(2));
        return (bot, nudge.Id);
    }

    [Fact]
    public async Task ACrashAfterTheSendWentOut_IsSettledFromTheChannel_WithoutSendingAgain()
    {
        var channel = new RecordingNudgeChannel();
        var clock = new FakeTimeProvider(Monday);
        var (bot, id) = await CrashMidSendAsync(channel, clock);
        await using var _ = bot;
        channel.Arrived = [id];

        Assert.Equal(1, await bot.DispatchAsync());

        Assert.Empty(channel.Sent);
        Assert.Equal([id], Assert.Single(channel.Lookups));
        Assert.Equal(NudgeState.Sent, (await FindAsync(bot, id))!.State);
    }

    [Fact]
    public async Task ACrashBeforeTheSendWentOut_IsSentOnce_AfterTheChannelSaysItNeverArrived()
    {
        var channel = new RecordingNudgeChannel { Arrived = [] };
        var clock = new FakeTimeProvider(Monday);
        var (bot, id) = await CrashMidSendAsync(channel, clock);
        await using var _ = bot;

        Assert.Equal(1, await bot.DispatchAsync());
        Assert.Equal(0, await bot.DispatchAsync());

        Assert.Equal([id], Assert.Single(channel.Sent).Nudge.NudgeIds);
        Assert.Single(channel.Lookups);
    }

    [Fact]
    public async Task ACrashMidSend_OnAChannelThatCannotTell_IsNotSentAgain_AtMostOnce()
    {
        var channel = new RecordingNudgeChannel { Arrived = null };
        var clock = new FakeTimeProvider(Monday);
        var (bot, id) = await CrashMidSendAsync(channel, clock);
        await using var _ = bot;

        await bot.DispatchAsync();
        clock.Advance(TimeSpan.FromHours(3));
        await bot.DispatchAsync();

        Assert.Empty(channel.Sent);
        Assert.Equal(NudgeState.Sent, (await FindAsync(bot, id))!.State);
    }

    [Fact]
    public async Task AnUncertainFailureIsCheckedBeforeTheRetry_ACertainOneIsRetriedWithoutAsking()
    {
        var channel = new RecordingNudgeChannel { Outcome = NudgeDelivery.Uncertain("TaskCanceledException"), Arrived = [] };
        var clock = new FakeTimeProvider(Monday);
        await using var bot = await NudgeBot.StartAsync(channel, clock);
        await SeedSilentProspectsAsync(bot, 2);
        clock.Advance(TimeSpan.FromDays(4));

        Assert.Equal(0, await bot.DispatchAsync());
        channel.Outcome = NudgeDelivery.Failed("HTTP 503");
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, await bot.DispatchAsync());
        Assert.Equal(2, channel.Lookups.Sum(l => l.Count));

        channel.Outcome = NudgeDelivery.Delivered;
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(2, await bot.DispatchAsync());

        Assert.Equal(2, channel.Lookups.Sum(l => l.Count));
        Assert.Equal(2, channel.Sent.Count);
    }

    private static async Task<Nudge?> FindAsync(TestBot bot, string id)
    {
        foreach (var user in Enumerable.Range(0, 5).Select(i => $"user-{i}"))
        {
            if (await bot.Nudges().GetAsync(new Owner("t1", user), id, CancellationToken.None) is { } nudge)
            {
                return nudge;
            }
        }

        return null;
    }

    [Fact]
    public async Task WhenTheChannelSaysTheUserIsUnreachable_NudgingStops_AndTheReasonIsKept()
    {
        var channel = new RecordingNudgeChannel { Outcome = NudgeDelivery.Unreachable("the bot was removed") };
        var clock = new FakeTimeProvider(Monday);
        await using var bot = await NudgeBot.StartAsync(channel, clock);
        await SeedSilentProspectsAsync(bot, 1);
        var owner = new Owner("t1", "user-0");
        var nudge = Assert.Single(await bot.Nudges().ListPendingAsync(owner, CancellationToken.None));
        clock.Advance(TimeSpan.FromDays(4));

        Assert.Equal(0, await bot.DispatchAsync());

        var address = await bot.Services.GetRequiredService<IChannelStore>().GetAddressAsync(owner, "msteams", CancellationToken.None);
        Assert.False(address!.Reachable);
        Assert.Equal("the bot was removed", address.UnreachableReason);
        var cancelled = await bot.Nudges().GetAsync(owner, nudge.Id, CancellationToken.None);
        Assert.Equal(NudgeState.Cancelled, cancelled!.State);
        Assert.Contains("unreachable on msteams", cancelled.Note, StringComparison.Ordinal);
        Assert.Empty(channel.Sent);
    }

    [Fact]
    public async Task AFailedSend_IsRetriedLater_NotLost()
    {
        var channel = new RecordingNudgeChannel { Outcome = NudgeDelivery.Failed("HTTP 503") };
        var clock = new FakeTimeProvider(Monday);
        await using var bot = await NudgeBot.StartAsync(channel, clock);
        await SeedSilentProspectsAsync(bot, 1);
        clock.Advance(TimeSpan.FromDays(4));

        Assert.Equal(0, await bot.DispatchAsync());
        channel.Outcome = NudgeDelivery.Delivered;
        Assert.Equal(0, await bot.DispatchAsync());
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await bot.DispatchAsync());
    }

    [Fact]
    public async Task ANudgeDueOutsideWorkingHours_AfterDowntime_WaitsForTheMorning()
    {
        var channel = new RecordingNudgeChannel();
        var clock = new FakeTimeProvider(Monday);
        await using var bot = await NudgeBot.StartAsync(channel, clock);
        await SeedSilentProspectsAsync(bot, 1);

        clock.SetUtcNow(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero)); // Saturday
        Assert.Equal(0, await bot.DispatchAsync());
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero)); // Monday 09:00 in Warsaw
        Assert.Equal(1, await bot.DispatchAsync());
    }

    private static async Task<List<string>> SeedSilentProspectsAsync(TestBot bot, int count)
    {
        var users = Enumerable.Range(0, count).Select(i => $"user-{i}").ToList();
        foreach (var user in users)
        {
            await bot.ReachableOnTeamsAsync(new Owner("t1", user));
            await bot.TeamsFlow(user).NewDeal("Acme").Send("log Acme call no answer").IgnoreReplies().StartTestAsync();
        }

        return users;
    }
}
