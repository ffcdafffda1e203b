using SalesBot.Core.Channels;
using SalesBot.Core.Conversations;
using SalesBot.Core.Storage;

namespace SalesBot.Storage.Tests;

/// <summary>What every live-question store must do, over the same database as the deal store.</summary>
public abstract class LiveQuestionStoreContractTests
{
    protected static readonly Owner Alice = new("tenant-a", "alice");
    protected static readonly Owner Bob = new("tenant-a", "bob");
    protected static readonly DateTimeOffset T0 = new(2026, 3, 4, 9, 0, 0, TimeSpan.Zero);

    protected static CancellationToken Ct => CancellationToken.None;

    protected abstract Task<(ISalesBotStore Store, ILiveQuestionStore Questions)> CreateStoresAsync();

    private static LiveQuestion Question(Owner owner, string conversation, string messageId, string channel = "slack") =>
        new(owner, channel, conversation, messageId, $$"""{"text":"question {{messageId}}"}""", T0);

    [Fact]
    public async Task TheLastSavedQuestion_IsTheLiveOne_AndTakingItLeavesNone()
    {
        var (_, questions) = await CreateStoresAsync();
        await questions.SaveAsync(Question(Alice, "conv-a", "m1"), Ct);
        await questions.SaveAsync(Question(Alice, "conv-a", "m2"), Ct);
        await questions.SaveAsync(Question(Alice, "conv-a", "other channel", channel: "msteams"), Ct);

        var live = await questions.GetAsync("slack", "conv-a", Ct);
        Assert.Equal(Question(Alice, "conv-a", "m2"), live);

        Assert.Equal(live, await questions.TakeAsync("slack", "conv-a", Ct));
        Assert.Null(await questions.TakeAsync("slack", "conv-a", Ct));
        Assert.Null(await questions.GetAsync("slack", "conv-a", Ct));
        Assert.Equal("other channel", (await questions.GetAsync("msteams", "conv-a", Ct))!.MessageId);
    }

    [Fact]
    public async Task TakeIf_RemovesOnlyTheNamedMessage()
    {
        var (_, questions) = await CreateStoresAsync();
        await questions.SaveAsync(Question(Alice, "conv-a", "m2"), Ct);

        Assert.False(await questions.TakeIfAsync("slack", "conv-a", "m1", Ct));
        Assert.NotNull(await questions.GetAsync("slack", "conv-a", Ct));
        Assert.True(await questions.TakeIfAsync("slack", "conv-a", "m2", Ct));
        Assert.Null(await questions.GetAsync("slack", "conv-a", Ct));
    }

    [Fact]
    public async Task TwoTakersAtOnce_OnlyOneGetsTheQuestion()
    {
        var (_, questions) = await CreateStoresAsync();
        for (var round = 0; round < 10; round++)
        {
            await questions.SaveAsync(Question(Alice, "conv-a", $"m{round}"), Ct);
            var taken = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => questions.TakeAsync("slack", "conv-a", Ct))));
            Assert.Single(taken, question => question is not null);
        }
    }

    [Fact]
    public async Task ForgetMe_DeletesTheOwnersLiveQuestions_AndNoOneElses()
    {
        var (store, questions) = await CreateStoresAsync();
        await questions.SaveAsync(Question(Alice, "conv-a", "m1"), Ct);
        await questions.SaveAsync(Question(Alice, "conv-a2", "m2", channel: "msteams"), Ct);
        await questions.SaveAsync(Question(Bob, "conv-b", "m3"), Ct);

        await store.CommitAsync(new TurnCommit(Alice) { ForgetOwner = true }, Ct);

        Assert.Null(await questions.GetAsync("slack", "conv-a", Ct));
        Assert.Null(await questions.GetAsync("msteams", "conv-a2", Ct));
        Assert.NotNull(await questions.GetAsync("slack", "conv-b", Ct));
    }
}
