using Microsoft.Extensions.Time.Testing;
using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;
using SalesBot.Core.Nudges;
using SalesBot.Dialogs.Tests.Transcripts;
using SalesBot.Testing;

namespace SalesBot.Dialogs.Tests.Nudges;

/// <summary>
/// "Three calls and a letter" on a fake clock for a salesperson in New York, across the end of daylight saving time
/// (1 Nov 2026): call 1 → call 2 → call 3 → letter → drop, each nudge sent once, at 10:00 local time.
/// </summary>
public sealed class FollowUpCadenceTests
{
    private static readonly Owner Ann = new("t1", "ann");

    [Fact]
    public async Task ASilentProspect_IsWalkedThroughThreeCallsAndALetterToTheDrop_AcrossADaylightSavingChange()
    {
        var channel = new RecordingNudgeChannel();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 10, 30, 14, 0, 0, TimeSpan.Zero)); // Fri 10:00 EDT
        await using var bot = await NudgeBot.StartAsync(channel, clock);
        await bot.ReachableOnTeamsAsync(Ann, "America/New_York");
        var flow = bot.TeamsFlow(timeZone: "America/New_York");
        await flow.NewDeal("Acme").Send("log Acme call no answer").AssertReply("Logged a call with Acme").StartTestAsync();

        // Call 2: three business days later, Wed 4 Nov 10:00 EST = 15:00 UTC (the UTC hour moved with the clocks).
        var call2 = await ExpectNextAsync(bot, channel, NudgeKind.Call2, new DateTimeOffset(2026, 11, 4, 15, 0, 0, TimeSpan.Zero), "Call Acme again (call 2 of 3)");
        await flow.Send($"nudge done {call2.Id}").AssertReply("Done: logged a call", "Next reminder: call 3 on Mon 9 Nov 10:00").StartTestAsync();

        var call3 = await ExpectNextAsync(bot, channel, NudgeKind.Call3, new DateTimeOffset(2026, 11, 9, 15, 0, 0, TimeSpan.Zero), "call 3 of 3");
        await flow.Send($"nudge done {call3.Id}").AssertReply("Next reminder: personal letter on Mon 16 Nov 10:00").StartTestAsync();

        var letter = await ExpectNextAsync(bot, channel, NudgeKind.Letter, new DateTimeOffset(2026, 11, 16, 15, 0, 0, TimeSpan.Zero), "Send Acme the personal letter");
        var draft = channel.Items()[^1].Draft;
        Assert.Contains("**Personal** — for Acme", draft, StringComparison.Ordinal);
        Assert.Contains("ann", draft, StringComparison.Ordinal);
        await flow.Send($"nudge done {letter.Id}").AssertReply("logged a letter with Acme: personal letter sent").StartTestAsync();

        var drop = await ExpectNextAsync(bot, channel, NudgeKind.Drop, new DateTimeOffset(2026, 11, 19, 15, 0, 0, TimeSpan.Zero), "Time to let Acme go?");
        await flow.Send($"nudge drop {drop.Id}").AssertReply("Dropped Acme (no answer after three calls and a letter)").StartTestAsync();

        var deal = Assert.Single(await bot.Store.ListDealsAsync(Ann, CancellationToken.None));
        Assert.Equal((DealStatus.Dropped, "no answer after three calls and a letter"), (deal.Status, deal.ClosedReason));
        Assert.Empty(await bot.Nudges().ListPendingAsync(Ann, CancellationToken.None));
        clock.Advance(TimeSpan.FromDays(30));
        Assert.Equal(0, await bot.DispatchAsync());
        Assert.Equal(4, channel.Sent.Count);
    }

    [Theory]
    [InlineData("log Acme call they said call us in two months when things settle")]
    [InlineData("log Acme meeting send the proposal to my email and we'll think about it")]
    public async Task LoggingAStallExcuse_StartsTheCadenceByItself(string log)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.Zero));
        await using var bot = await NudgeBot.StartAsync(new RecordingNudgeChannel(), clock);
        await bot.TeamsFlow().NewDeal("Acme").Send(log).IgnoreReplies().StartTestAsync();

        var pending = Assert.Single(await bot.Nudges().ListPendingAsync(Ann, CancellationToken.None));

        Assert.Equal(NudgeKind.Call2, pending.Kind);
    }

    [Fact]
    public async Task AnAnsweredCall_EndsTheCadence_AndLeavesOnlyTheStalledReminder()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.Zero));
        await using var bot = await NudgeBot.StartAsync(new RecordingNudgeChannel(), clock);
        await bot.TeamsFlow().NewDeal("Acme").Send("log Acme call no answer").IgnoreReplies().StartTestAsync();
        clock.Advance(TimeSpan.FromHours(2));

        await bot.TeamsFlow().Send("log Acme call they picked up, meeting next week").IgnoreReplies().StartTestAsync();

        var pending = Assert.Single(await bot.Nudges().ListPendingAsync(Ann, CancellationToken.None));
        Assert.Equal(NudgeKind.Stalled, pending.Kind);
    }

    private static async Task<Nudge> ExpectNextAsync(TestBot bot, RecordingNudgeChannel channel, NudgeKind kind, DateTimeOffset due, string title)
    {
        var pending = Assert.Single(await bot.Nudges().ListPendingAsync(Ann, CancellationToken.None), n => n.Kind == kind);
        Assert.Equal(due, pending.DueAt);

        bot.Clock.SetUtcNow(due - TimeSpan.FromMinutes(1));
        var before = channel.Sent.Count;
        Assert.Equal(0, await bot.DispatchAsync());
        bot.Clock.SetUtcNow(due);
        Assert.Equal(1, await bot.DispatchAsync());
        Assert.Equal(0, await bot.DispatchAsync());

        Assert.Equal(before + 1, channel.Sent.Count);
        var item = Assert.Single(channel.Sent.Last().Nudge.Items);
        Assert.Contains(title, item.Title, StringComparison.Ordinal);
        Assert.Contains(item.Actions, a => a.Value == $"nudge done {pending.Id}");
        Assert.Contains(item.Actions, a => a.Value == "deal Acme");
        return pending;
    }
}
