using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;

namespace SalesBot.Dialogs.Tests.Transcripts;

public sealed class PrivacyTranscriptTests
{
    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task ForgetProspect_AsksFirst_AndNoKeepsEverything()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow()
            .Send("qualify Acme").IgnoreReplies()
            .AnswerAll(["yes"])
            .Send("cancel").IgnoreReplies()
            .Send("forget acme")
            .AssertReply<QuestionReply>(q =>
            {
                Assert.Contains("Delete Acme for good", q.Text, StringComparison.Ordinal);
                Assert.Equal(["yes", "no"], q.Choices.Select(c => c.Value));
            })
            .Send("no")
            .AssertReply("Kept. Nothing was deleted.")
            .AssertNoMoreReplies();
        await flow.StartTestAsync();

        var deal = Assert.Single(await bot.Store.ListDealsAsync(flow.Turn.Owner, Ct));
        Assert.Single(await bot.Store.GetAnswersAsync(flow.Turn.Owner, deal.Id, Ct));
    }

    [Fact]
    public async Task ForgetProspect_Yes_DeletesOnlyThatDealWithItsAnswers()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow()
            .Send("qualify Acme").IgnoreReplies().AnswerAll(["yes"]).Send("cancel").IgnoreReplies()
            .Send("qualify Globex").IgnoreReplies().AnswerAll(["no"]).Send("cancel").IgnoreReplies()
            .Send("forget Acme").IgnoreReplies()
            .Send("yes")
            .AssertReply("Done: Acme is deleted, with every answer, touch and history entry.")
            .AssertNoMoreReplies()
            .Send("deal Acme")
            .AssertReply("You have no deal named \"Acme\"");
        await flow.StartTestAsync();
        var other = bot.Flow(user: "bob").Send("qualify Acme").IgnoreReplies().AnswerAll(["yes"]);
        await other.StartTestAsync();

        var left = Assert.Single(await bot.Store.ListDealsAsync(flow.Turn.Owner, Ct));
        Assert.Equal("Globex", left.Prospect);
        Assert.Single(await bot.Store.ListDealsAsync(other.Turn.Owner, Ct));
    }

    [Fact]
    public async Task ForgetMe_Yes_DeletesDealsSettingsAndConversations_OfThatUserOnly()
    {
        await using var bot = await TestBot.StartAsync();
        var bob = bot.Flow(user: "bob").Send("qualify Initech").IgnoreReplies();
        await bob.StartTestAsync();
        var elsewhere = bot.Flow(conversation: "chat-2").Send("qualify Hooli").IgnoreReplies();
        await elsewhere.StartTestAsync();
        var flow = bot.Flow()
            .Send("settings price 7000").IgnoreReplies()
            .Send("qualify Acme").IgnoreReplies().AnswerAll(["yes"]).Send("cancel").IgnoreReplies()
            .Send("forget me")
            .AssertReply<QuestionReply>(q => Assert.Contains("Delete everything I keep about you? That is 2 deals", q.Text, StringComparison.Ordinal))
            .Send("y")
            .AssertReply("Done: I deleted everything I kept about you here")
            .AssertNoMoreReplies();
        await flow.StartTestAsync();

        Assert.Empty(await bot.Store.ListDealsAsync(flow.Turn.Owner, Ct));
        Assert.Null(await bot.Store.GetProfileAsync(flow.Turn.Owner, Ct));
        Assert.Null(await bot.Store.LoadConversationAsync(flow.Turn.StateKey, Ct));
        Assert.Null(await bot.Store.LoadConversationAsync(elsewhere.Turn.StateKey, Ct));
        Assert.Single(await bot.Store.ListDealsAsync(bob.Turn.Owner, Ct));
        Assert.NotNull(await bot.Store.LoadConversationAsync(bob.Turn.StateKey, Ct));
    }

    [Fact]
    public async Task Forget_DuringAQuestion_IsRefused_AndTheQuestionStays()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow()
            .Send("qualify Acme").IgnoreReplies()
            .Send("forget me")
            .AssertReply("Deleting needs your full attention")
            .AssertQuestion(1, 10);
        await flow.StartTestAsync();

        Assert.Single(await bot.Store.ListDealsAsync(flow.Turn.Owner, Ct));
    }

    [Fact]
    public async Task Share_InPrivate_ExplainsWhereItWorks_AndPostsNothing()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .Send("qualify Acme").IgnoreReplies().Send("cancel").IgnoreReplies()
            .Send("share Acme")
            .AssertReply("`share` posts a deal summary to the channel where you use it")
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Share_FromAChannel_AfterYes_PostsOnlyTheRedactedSummaryToThatChannel()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow();
        var fromChannel = new TestFlow(bot, flow.Turn with { OriginConversationId = "19:team-channel" });
        await flow
            .Send("qualify Acme").IgnoreReplies()
            .AnswerAll(["yes", "no - never did their industry", "unsure - late payer", "yes", "1k - stingy", "next friday", "no", "no - CEO decides", "no - rude", "bad feeling"])
            .IgnoreReplies()
            .StartTestAsync();
        ShareReply? shared = null;
        await fromChannel
            .Send("share acme")
            .AssertReply<QuestionReply>(q => Assert.Contains("Post a summary of Acme", q.Text, StringComparison.Ordinal))
            .Send("yes")
            .AssertReply<ShareReply>(s => shared = s)
            .AssertNoMoreReplies()
            .StartTestAsync();

        Assert.NotNull(shared);
        Assert.Equal("19:team-channel", shared.ConversationId);
        Assert.Contains("Stage:", shared.Text, StringComparison.Ordinal);
        Assert.Contains("Next step:", shared.Text, StringComparison.Ordinal);
        foreach (var secret in new[] { "1k", "1,000", "stingy", "rude", "bad feeling", "late payer", "CEO", "Red flag", "Blocker", "Hard stop", "walk away", "needs work", "budget", "gut" })
        {
            Assert.DoesNotContain(secret, shared.Text, StringComparison.OrdinalIgnoreCase);
        }

        var deal = Assert.Single(await bot.Store.ListDealsAsync(flow.Turn.Owner, Ct));
        Assert.Contains(await bot.Store.GetEventsAsync(flow.Turn.Owner, deal.Id, Ct), e => e.Kind == "shared");
    }

    [Fact]
    public async Task Share_AnsweredNo_PostsNothing()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow();
        await flow.Send("qualify Acme").IgnoreReplies().Send("cancel").IgnoreReplies().StartTestAsync();
        await new TestFlow(bot, flow.Turn with { OriginConversationId = "19:team-channel" })
            .Send("share Acme").IgnoreReplies()
            .Send("no")
            .AssertReply("Not shared. Nothing was posted.")
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task ChangedAnswer_IsInTheHistoryWithOldAndNewValueAuthorAndTime()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow(user: "ann")
            .Send("qualify Acme").IgnoreReplies()
            .AnswerAll(["yes"])
            .Send("cancel").IgnoreReplies()
            .Do(() => { bot.Clock.Advance(TimeSpan.FromHours(3)); return Task.CompletedTask; })
            .Send("qualify Acme").IgnoreReplies()
            .Send("back").IgnoreReplies()
            .Send("no - they have staff").IgnoreReplies()
            .Send("cancel").IgnoreReplies()
            .Send("stage Acme 3").IgnoreReplies()
            .Send("deal Acme history")
            .AssertReply("Changed \"Do they need what you deliver?\" (v1 → v2): yes → no (they have staff)", "(ann)", "Stage entry → alignment (set by hand)");
        await flow.StartTestAsync();

        var deal = Assert.Single(await bot.Store.ListDealsAsync(flow.Turn.Owner, Ct));
        var change = Assert.Single(await bot.Store.GetEventsAsync(flow.Turn.Owner, deal.Id, Ct), e => e.Kind == "answer");
        Assert.Equal("ann", change.By);
        Assert.Equal(bot.Clock.GetUtcNow(), change.At);
    }

    [Fact]
    public async Task TurnsBeyondTheRateLimit_AreRefusedWithTheWait_AndNothingIsProcessed()
    {
        await using var bot = await TestBot.StartAsync(settings: new Dictionary<string, string?>
        {
            ["RateLimit:TurnsPerMinute"] = "2",
            ["RateLimit:Burst"] = "3",
        });
        var flow = bot.Flow()
            .Send("deals").IgnoreReplies()
            .Send("deals").IgnoreReplies()
            .Send("deals").IgnoreReplies()
            .Send("qualify Acme")
            .AssertReply("You're sending messages faster than I can coach — try again in ", " seconds. Nothing was recorded.")
            .AssertNoMoreReplies();
        await flow.StartTestAsync();
        await bot.Flow(user: "bob").Send("qualify Acme").AssertReply("New deal").IgnoreReplies().StartTestAsync();

        Assert.Empty(await bot.Store.ListDealsAsync(flow.Turn.Owner, Ct));
        Assert.Null(await bot.Store.LoadConversationAsync(flow.Turn.StateKey, Ct));
    }
}
