using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Core.Channels;
using SalesBot.Core.Conversations;
using SalesBot.Testing;

namespace SalesBot.Host.Tests.Slack;

/// <summary>
/// The open question is kept in the store: after a restart (a new process on the same database), a button of an older
/// question message cannot answer the current question, and the current one still turns into its answered form.
/// </summary>
public sealed class SlackRestartTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task AfterARestart_AnOlderQuestionsButton_IsRefused_AndTheCurrentQuestionsButtonAnswersIt()
    {
        using var folder = new TempFolder();
        var settings = new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SlackHost.SigningSecret,
            ["Slack:BotToken"] = SlackHost.BotToken,
            ["ConnectionStrings:SalesBot"] = folder.SqliteConnectionString(),
            ["Slack:KeysFolder"] = folder.File("keys"),
        };
        const string UserId = "URESTART1";
        FakeSlackCall first;
        FakeSlackCall second;
        await using (var before = await SlackHost.StartAsync(settings))
        {
            var user = before.User(userId: UserId);
            (await user.CommandAsync("qualify Acme")).Dispose();
            await before.IdleAsync();
            first = Questions(before, user)[^1];

            // Question 1 answered by typing: its message is settled, question 2 is the open one.
            (await user.DmAsync("yes")).Dispose();
            await before.IdleAsync();
            second = Questions(before, user)[^1];
            Assert.NotEqual(first.Ts, second.Ts);
            Assert.Contains(before.Slack.Of("chat.update"), u => u.Str("ts") == first.Ts);
        }

        await using var after = await SlackHost.StartAsync(settings, slack => slack.SkipTimestamps(10_000));
        var again = after.User(userId: UserId);
        var live = await after.Services.GetRequiredService<ILiveQuestionStore>().GetAsync(
            "slack", ConversationKey.OwnerPrefix(again.Owner), Ct);
        Assert.Equal(second.Ts, live?.MessageId);

        using (var stale = await again.ClickAsync(first, "no"))
        {
            Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        }

        await after.IdleAsync();
        Assert.Contains(after.Slack.Of("chat.postEphemeral"), e => e.AllText.Contains("already answered", StringComparison.Ordinal));
        var deal = Assert.Single(await after.Store.ListDealsAsync(again.Owner, Ct));
        Assert.Equal([("need", "yes")], (await after.Store.GetAnswersAsync(again.Owner, deal.Id, Ct)).Select(a => (a.QuestionId, a.Value)));
        Assert.DoesNotContain(after.Slack.Of("chat.update"), u => u.Str("ts") == second.Ts);

        using (var current = await again.ClickAsync(second, "no"))
        {
            Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        }

        await after.IdleAsync();
        Assert.Equal(
            [("need", "yes"), ("experience", "no")],
            (await after.Store.GetAnswersAsync(again.Owner, deal.Id, Ct)).Select(a => (a.QuestionId, a.Value)));
        var settled = Assert.Single(after.Slack.Of("chat.update"), u => u.Str("ts") == second.Ts);
        Assert.Empty(settled.Buttons);
        Assert.Contains("Answered: *no*", settled.AllText, StringComparison.Ordinal);
    }

    private static List<FakeSlackCall> Questions(SlackHost host, SlackUser user) =>
        host.Slack.Of("chat.postMessage").Where(p => p.Channel == user.Dm && p.Buttons.Count > 0).ToList();
}
