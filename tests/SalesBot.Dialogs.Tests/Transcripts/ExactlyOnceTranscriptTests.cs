using Microsoft.Extensions.DependencyInjection;
using SalesBot.Dialogs.Pipeline;
using SalesBot.Core.Channels;
using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;
using SalesBot.Core.Storage;
using SalesBot.Dialogs.Conversation;

namespace SalesBot.Dialogs.Tests.Transcripts;

/// <summary>
/// A channel delivers at least once; a turn's effects and the mark that it was handled commit together. These turns are
/// cancelled, crash or cannot commit, and then the channel's retry (the same delivery id) arrives: the answer is stored
/// exactly once, and a delivery counts as handled only when its first run committed.
/// </summary>
public sealed class ExactlyOnceTranscriptTests
{
    private static readonly Owner Ann = new("local", "ann");

    private static Turn Say(string text, string deliveryId) => new()
    {
        ChannelId = "webchat",
        ConversationId = "chat-1",
        Owner = Ann,
        UserName = "ann",
        Locale = "en-US",
        Text = text,
        DeliveryIds = [deliveryId],
        Address = new ChannelAddress(Ann, "webchat", "{\"conversation\":\"chat-1\"}", "en-US", null, true, null, DateTimeOffset.UnixEpoch),
    };

    private static async Task<IReadOnlyList<Answer>> AnswersAsync(TestBot bot)
    {
        var deal = Assert.Single(await bot.Store.ListDealsAsync(Ann, default));
        return await bot.Store.GetAnswersAsync(Ann, deal.Id, default);
    }

    private static Task<bool> HandledAsync(TestBot bot, string deliveryId) =>
        bot.Store.IsDeliveredAsync("webchat", [deliveryId], bot.Clock.GetUtcNow(), default);

    [Fact]
    public async Task ATurnCancelledBeforeItCommits_RecordsNothing_AndTheRetryStoresTheAnswerOnce()
    {
        await using var bot = await TestBot.StartAsync(configure: FaultInjectingStore.Install);
        var faults = bot.Services.GetRequiredService<FaultInjectingStore>();
        Assert.NotEmpty(await bot.Engine.ProcessAsync(Say("qualify Acme", "m1"), default));

        // The caller hangs up while the turn runs (after the load, before the commit).
        using var hangUp = new CancellationTokenSource();
        faults.AfterLoad = () =>
        {
            hangUp.Cancel();
            return Task.CompletedTask;
        };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => bot.Engine.ProcessAsync(Say("yes", "m2"), hangUp.Token));
        faults.AfterLoad = () => Task.CompletedTask;
        Assert.Empty(await AnswersAsync(bot));
        Assert.False(await HandledAsync(bot, "m2"));

        var retry = await bot.Engine.ProcessAsync(Say("yes", "m2"), default);
        var again = await bot.Engine.ProcessAsync(Say("yes", "m2"), default);

        Assert.Contains(retry, reply => reply is QuestionReply { Progress.Current: 2 });
        Assert.Empty(again);
        var answer = Assert.Single(await AnswersAsync(bot));
        Assert.Equal(("need", 1, "yes"), (answer.QuestionId, answer.Version, answer.Value));
        Assert.True(await HandledAsync(bot, "m2"));
    }

    [Fact]
    public async Task ACallerHangingUpWhileTheTurnCommits_DoesNotStopTheCommit_AndTheRetryIsDropped()
    {
        await using var bot = await TestBot.StartAsync(configure: FaultInjectingStore.Install);
        var faults = bot.Services.GetRequiredService<FaultInjectingStore>();
        await bot.Engine.ProcessAsync(Say("qualify Acme", "m1"), default);

        using var hangUp = new CancellationTokenSource();
        faults.BeforeCommit = _ =>
        {
            hangUp.Cancel();
            return Task.CompletedTask;
        };
        var first = await bot.Engine.ProcessAsync(Say("yes", "m2"), hangUp.Token);
        faults.BeforeCommit = _ => Task.CompletedTask;
        var retry = await bot.Engine.ProcessAsync(Say("yes", "m2"), default);

        Assert.Contains(first, reply => reply is QuestionReply { Progress.Current: 2 });
        Assert.Empty(retry);
        Assert.Single(await AnswersAsync(bot));
        var status = await bot.Engine.ProcessAsync(Say("status", "m3"), default);
        Assert.Contains(status, reply => reply is QuestionReply { Progress.Current: 2 });
    }

    [Fact]
    public async Task AStoreThatFailsTheCommit_LeavesTheDeliveryUnseen_AndTheRetryStoresOnce()
    {
        await using var bot = await TestBot.StartAsync(configure: FaultInjectingStore.Install);
        var faults = bot.Services.GetRequiredService<FaultInjectingStore>();
        await bot.Engine.ProcessAsync(Say("qualify Acme", "m1"), default);

        // The failure reaches the channel's endpoint, which apologises with an incident id.
        faults.FailNextCommit = new IOException("disk I/O error");
        await Assert.ThrowsAsync<IOException>(() => bot.Engine.ProcessAsync(Say("yes", "m2"), default));

        Assert.Empty(await AnswersAsync(bot));
        Assert.False(await HandledAsync(bot, "m2"));

        var retry = await bot.Engine.ProcessAsync(Say("yes", "m2"), default);
        Assert.Contains(retry, reply => reply is QuestionReply { Progress.Current: 2 });
        Assert.Empty(await bot.Engine.ProcessAsync(Say("yes", "m2"), default));
        Assert.Single(await AnswersAsync(bot));
    }

    [Fact]
    public async Task ATurnThatStaysBusy_AnswersBusy_LeavesTheDeliveryUnseen_AndTheRetryStoresOnce()
    {
        await using var bot = await TestBot.StartAsync(
            settings: new Dictionary<string, string?> { ["Conversation:MaxAttempts"] = "1" },
            configure: FaultInjectingStore.Install);
        var faults = bot.Services.GetRequiredService<FaultInjectingStore>();
        await bot.Engine.ProcessAsync(Say("qualify Acme", "m1"), default);

        faults.FailNextCommit = new ConcurrencyConflictException("Conversation is no longer at version 1.");
        var busy = await bot.Engine.ProcessAsync(Say("yes", "m2"), default);

        Assert.Equal(TurnPipeline.BusyText, Assert.IsType<TextReply>(Assert.Single(busy)).Text);
        Assert.Empty(await AnswersAsync(bot));
        Assert.False(await HandledAsync(bot, "m2"));
        await bot.Engine.ProcessAsync(Say("yes", "m2"), default);
        Assert.Single(await AnswersAsync(bot));
        Assert.True(await HandledAsync(bot, "m2"));
    }

    [Fact]
    public async Task ACrashInsideAStep_CommitsTheApologyWithTheDelivery_SoTheRetryDoesNotRunTheAnswerAgain()
    {
        await using var bot = await TestBot.StartAsync(configure: FaultInjectingStore.Install);
        var faults = bot.Services.GetRequiredService<FaultInjectingStore>();
        await bot.Engine.ProcessAsync(Say("qualify Acme", "m1"), default);
        await bot.Engine.ProcessAsync(Say("yes", "m2"), default);

        faults.FailNextAnswersRead = new InvalidOperationException("disk on fire");
        var crashed = await bot.Engine.ProcessAsync(Say("yes", "m3"), default);
        var retry = await bot.Engine.ProcessAsync(Say("yes", "m3"), default);

        Assert.Contains("Sorry, something went wrong on my side", Assert.IsType<TextReply>(Assert.Single(crashed)).Text, StringComparison.Ordinal);
        Assert.Empty(retry);
        Assert.Single(await AnswersAsync(bot));
    }

    [Fact]
    public async Task TheSameDeliveryTwiceAtOnce_RunsOnce()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Engine.ProcessAsync(Say("qualify Acme", "m1"), default);

        var both = await Task.WhenAll(
            Task.Run(() => bot.Engine.ProcessAsync(Say("yes", "m2"), default)),
            Task.Run(() => bot.Engine.ProcessAsync(Say("yes", "m2"), default)));

        Assert.Single(both, replies => replies.Count == 0);
        Assert.Single(both, replies => replies.Any(reply => reply is QuestionReply { Progress.Current: 2 }));
        Assert.Single(await AnswersAsync(bot));
    }

    [Fact]
    public async Task TheAddressCommitsWithTheTurn()
    {
        await using var bot = await TestBot.StartAsync(configure: FaultInjectingStore.Install);
        var faults = bot.Services.GetRequiredService<FaultInjectingStore>();
        var channels = bot.Services.GetRequiredService<IChannelStore>();

        faults.FailNextCommit = new IOException("disk I/O error");
        await Assert.ThrowsAsync<IOException>(() => bot.Engine.ProcessAsync(Say("qualify Acme", "m1"), default));
        Assert.Null(await channels.GetAddressAsync(Ann, "webchat", default));

        await bot.Engine.ProcessAsync(Say("qualify Acme", "m1"), default);
        var address = await channels.GetAddressAsync(Ann, "webchat", default);
        Assert.Equal("{\"conversation\":\"chat-1\"}", address?.Reference);
    }

    [Fact]
    public async Task RateLimitedAndTooLongMessages_WriteNoAddressAndNoDelivery()
    {
        await using var bot = await TestBot.StartAsync(settings: new Dictionary<string, string?>
        {
            ["RateLimit:TurnsPerMinute"] = "1",
            ["RateLimit:Burst"] = "1",
        });
        var channels = bot.Services.GetRequiredService<IChannelStore>();
        var tooLong = new string('x', bot.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ConversationOptions>>().Value.MaxMessageLength + 1);

        var refusedLong = await bot.Engine.ProcessAsync(Say(tooLong, "m1"), default);
        var refusedFast = await bot.Engine.ProcessAsync(Say("deals", "m2"), default);

        Assert.Contains("Nothing was recorded.", Assert.IsType<TextReply>(Assert.Single(refusedLong)).Text, StringComparison.Ordinal);
        Assert.Contains("Nothing was recorded.", Assert.IsType<TextReply>(Assert.Single(refusedFast)).Text, StringComparison.Ordinal);
        Assert.Null(await channels.GetAddressAsync(Ann, "webchat", default));
        Assert.False(await HandledAsync(bot, "m1"));
        Assert.False(await HandledAsync(bot, "m2"));
        Assert.Empty(await bot.Store.ListDealsAsync(Ann, default));
    }
}
