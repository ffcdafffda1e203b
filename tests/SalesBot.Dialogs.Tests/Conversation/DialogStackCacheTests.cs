using SalesBot.Core.Conversations;
using SalesBot.Dialogs.Tests.Transcripts;
using SalesBot.Testing;

namespace SalesBot.Dialogs.Tests.Conversation;

public sealed class DialogStackCacheTests
{
    [Fact]
    public async Task AStackAnotherInstanceReplaced_AtTheSameVersion_IsReadFromTheStore_NotTakenFromMemory()
    {
        using var folder = new TempFolder();
        await using var first = await TestBot.StartAsync(folder);
        await using var second = await TestBot.StartAsync(folder);
        var flow = first.Flow().Send("qualify Acme").IgnoreReplies();
        await flow.StartTestAsync();

        // The other instance ends that dialog (its stored row goes) and starts another, stored at version 1 again.
        await second.Flow().Send("cancel").IgnoreReplies().Send("qualify Zeta").IgnoreReplies().StartTestAsync();

        await flow.Send("yes")
            .AssertReply<QuestionReply>(question => Assert.Equal(("Zeta", 2), (question.Progress!.Prospect, question.Progress.Current)))
            .StartTestAsync();
        var deals = await first.Store.ListDealsAsync(flow.Turn.Owner, default);
        var answers = new Dictionary<string, int>();
        foreach (var deal in deals)
        {
            answers[deal.Prospect] = (await first.Store.GetAnswersAsync(flow.Turn.Owner, deal.Id, default)).Count;
        }

        Assert.Equal(new Dictionary<string, int> { ["Acme"] = 0, ["Zeta"] = 1 }, answers);
    }

    [Fact]
    public async Task AStackKeptInMemory_GoesOnWhereTheStoredOneIs()
    {
        using var folder = new TempFolder();
        await using var bot = await TestBot.StartAsync(folder);
        var flow = bot.Flow().Send("qualify Acme").IgnoreReplies()
            .Send("yes").AssertQuestion(2, 10)
            .Send("yes").AssertQuestion(3, 10)
            .Send("back").IgnoreReplies()
            .Send("yes").AssertQuestion(3, 10);
        await flow.StartTestAsync();

        await using var restarted = await TestBot.StartAsync(folder);
        await restarted.Flow().Send("yes").AssertQuestion(4, 10).StartTestAsync();
    }
}
