using Microsoft.Extensions.Time.Testing;
using SalesBot.Core.Conversations;
using SalesBot.Core.Nudges;
using SalesBot.Testing;

namespace SalesBot.Dialogs.Tests.Nudges;

/// <summary>Snooze one nudge, pause all for a vacation, and one morning digest instead of separate pings.</summary>
public sealed class NudgePreferenceTests
{
    private static readonly Owner Ann = new("t1", "ann");
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 30, 0, TimeSpan.Zero); // 10:30 in Warsaw

    [Fact]
    public async Task SnoozingASentNudge_BringsItBackAnHourLater_Tomorrow_OrNextWeek_AndOnlyOnce()
    {
        var channel = new RecordingNudgeChannel();
        var clock = new FakeTimeProvider(Monday);
        await using var bot = await NudgeBot.StartAsync(channel, clock);
        await bot.ReachableOnTeamsAsync(Ann);
        var flow = bot.TeamsFlow();
        await flow.NewDeal("Acme").Send("log Acme call no answer").IgnoreReplies().StartTestAsync();
        var nudge = Assert.Single(await bot.Nudges().ListPendingAsync(Ann, CancellationToken.None));
        clock.SetUtcNow(nudge.DueAt);
        Assert.Equal(1, await bot.DispatchAsync());

        await flow.Send($"nudge snooze {nudge.Id} hour").AssertReply("Snoozed: I'll remind you about Acme on Thu 26 Nov 11:30").StartTestAsync();
        clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(0, await bot.DispatchAsync());
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await bot.DispatchAsync());

        await flow.Send($"nudge snooze {nudge.Id} tomorrow").AssertReply("on Fri 27 Nov 09:00").StartTestAsync();
        await flow.Send($"nudge snooze {nudge.Id} week").AssertReply("on Thu 3 Dec 09:00").StartTestAsync();
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 3, 7, 59, 0, TimeSpan.Zero));
        Assert.Equal(0, await bot.DispatchAsync());
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await bot.DispatchAsync());
        Assert.Equal(0, await bot.DispatchAsync());
        Assert.Equal(3, channel.Sent.Count);
    }

    [Fact]
    public async Task AnotherUsersNudgeId_IsRefused_AndChangesNothing()
    {
        var clock = new FakeTimeProvider(Monday);
        await using var bot = await NudgeBot.StartAsync(new RecordingNudgeChannel(), clock);
        await bot.TeamsFlow().NewDeal("Acme").Send("log Acme call no answer").IgnoreReplies().StartTestAsync();
        var annsNudge = Assert.Single(await bot.Nudges().ListPendingAsync(Ann, CancellationToken.None));

        foreach (var forged in new[] { "done", "snooze", "drop" })
        {
            await bot.TeamsFlow(user: "mallory", tenant: "t2").Send($"nudge {forged} {annsNudge.Id} week")
                .AssertReply("I can't find that reminder among yours").StartTestAsync();
        }

        var after = Assert.Single(await bot.Nudges().ListPendingAsync(Ann, CancellationToken.None));
        Assert.Equal(annsNudge with { }, after);
        Assert.True(Assert.Single(await bot.Store.ListDealsAsync(Ann, CancellationToken.None)).IsOpen);
    }

    [Fact]
    public async Task APause_ShiftsDueNudgesByItsLength_AndNothingArrivesDuringIt()
    {
        var channel = new RecordingNudgeChannel();
        var clock = new FakeTimeProvider(Monday);
        await using var bot = await NudgeBot.StartAsync(channel, clock);
        await bot.ReachableOnTeamsAsync(Ann);
        var flow = bot.TeamsFlow();
        await flow.NewDeal("Acme").Send("log Acme call no answer").IgnoreReplies()
            .NewDeal("Beta").Send("log Beta call no answer").IgnoreReplies().StartTestAsync();
        var before = (await bot.Nudges().ListPendingAsync(Ann, CancellationToken.None)).Select(n => n.DueAt).ToList();

        await flow.Send("nudges pause until 7 Dec").AssertReply("Reminders paused until Monday 7 December").StartTestAsync();

        var after = (await bot.Nudges().ListPendingAsync(Ann, CancellationToken.None)).Select(n => n.DueAt).ToList();
        Assert.All(after, due => Assert.True(due >= new DateTimeOffset(2026, 12, 6, 23, 0, 0, TimeSpan.Zero), $"due {due} is inside the pause"));
        Assert.Equal(before[1] - before[0], after[1] - after[0]);
        clock.SetUtcNow(before.Max().AddHours(1));
        Assert.Equal(0, await bot.DispatchAsync());
        clock.SetUtcNow(after.Max());
        Assert.Equal(2, await bot.DispatchAsync());
    }

    [Fact]
    public async Task WithADigest_TheDaysNudgesArriveTogetherInOneMessage_AtTheDigestTime()
    {
        var channel = new RecordingNudgeChannel();
        var clock = new FakeTimeProvider(Monday);
        await using var bot = await NudgeBot.StartAsync(channel, clock);
        await bot.ReachableOnTeamsAsync(Ann);
        var flow = bot.TeamsFlow();
        await flow.Send("nudges digest 8:15").AssertReply("one digest at 08:15").StartTestAsync();
        await flow.NewDeal("Acme").Send("log Acme call no answer").IgnoreReplies().StartTestAsync();
        clock.Advance(TimeSpan.FromHours(3));
        await flow.NewDeal("Beta").Send("log Beta call no answer").IgnoreReplies().StartTestAsync();

        var due = (await bot.Nudges().ListPendingAsync(Ann, CancellationToken.None)).Select(n => n.DueAt).Distinct().ToList();
        var digestAt = Assert.Single(due);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 7, 15, 0, TimeSpan.Zero), digestAt); // Friday 08:15 in Warsaw
        clock.SetUtcNow(digestAt);
        Assert.Equal(2, await bot.DispatchAsync());

        var (_, message) = Assert.Single(channel.Sent);
        // Nudges due at the same moment come in the store's order (by id, which is random), so the test does not fix it.
        Assert.Equal(["Call Acme again (call 2 of 3)", "Call Beta again (call 2 of 3)"], message.Items.Select(i => i.Title).Order(StringComparer.Ordinal));
        Assert.StartsWith("**Your 2 reminders for today**", SalesBot.Dialogs.Rendering.TextRenderer.Render(message), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheNudgesCommand_ListsUpcomingReminders_InTheUsersTimeZone()
    {
        var clock = new FakeTimeProvider(Monday);
        await using var bot = await NudgeBot.StartAsync(new RecordingNudgeChannel(), clock);

        await bot.TeamsFlow(timeZone: "Asia/Tokyo").NewDeal("Acme").Send("log Acme call no answer").IgnoreReplies()
            .Send("nudges")
            .AssertReply("**Acme**: call 2, Fri 27 Nov 09:00", "Times are in Asia/Tokyo").StartTestAsync(); // logged 18:30 in Tokyo: Thursday evening → Friday morning
    }
}
