using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Core.Channels;
using SalesBot.Core.Nudges;
using SalesBot.Dialogs.Nudges;
using SalesBot.Host.Tests.Teams;

namespace SalesBot.Host.Tests.Nudges;

/// <summary>Nudges in Teams, end to end: a proactive Adaptive Card to the user's 1:1 chat over the Bot Connector, and its buttons.</summary>
public sealed class TeamsNudgeTests : TeamsTestBase
{
    [Fact]
    public async Task ADueNudge_ArrivesAsAProactiveCard_AndItsDoneButtonLogsTheCallAndSchedulesTheNext()
    {
        var user = new TeamsUser(Server, Cloud);
        await PostOkAsync(user, user.Message("screen Acme"));
        await PostOkAsync(user, user.Message("cancel"));
        await PostOkAsync(user, user.Message("log Acme call no answer"));
        var postsBefore = Cloud.Posts.Count();

        Server.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(1)); // Thu 10:00 UTC = 11:00 in Warsaw (the activity's localTimezone)
        Assert.Equal(1, await DispatchAsync());

        var nudge = Assert.Single(Cloud.Posts.Skip(postsBefore));
        Assert.Equal($"/teams/v3/conversations/{user.ConversationId}/activities", nudge.Path);
        var card = CardJson.Card(nudge.Body)!;
        Assert.Contains("Call Acme again (call 2 of 3)", CardJson.AllText(card), StringComparison.Ordinal);
        var submits = CardJson.Submits(card).Select(s => (string?)s["data"]!["answer"]).ToList();
        Assert.Contains("deal Acme", submits);
        var done = Assert.Single(submits, s => s!.StartsWith("nudge done ", StringComparison.Ordinal));
        Assert.All(CardJson.Submits(card), s => Assert.Null(s["data"]?["msteams"]));

        await PostOkAsync(user, user.CardSubmit(nudge.AnsweredId, new JsonObject { ["answer"] = done }));

        Assert.Contains(Cloud.Posts.Skip(postsBefore + 1), p => ((string?)p.Body["text"] ?? "").Contains("Done: logged a call with Acme", StringComparison.Ordinal));
        var nudges = Server.Services.GetRequiredService<INudgeStore>();
        var sent = await nudges.GetAsync(user.Owner, done!["nudge done ".Length..], default);
        Assert.Equal(NudgeState.Done, sent!.State);
        Assert.Equal(NudgeKind.Call3, Assert.Single(await nudges.ListPendingAsync(user.Owner, default)).Kind);
        Assert.Equal(0, await DispatchAsync());
    }

    [Fact]
    public async Task WhenTeamsAnswers403_TheUserIsMarkedUnreachable_AndTheirNudgesStop()
    {
        var user = new TeamsUser(Server, Cloud);
        await PostOkAsync(user, user.Message("screen Acme"));
        await PostOkAsync(user, user.Message("cancel"));
        await PostOkAsync(user, user.Message("log Acme call no answer"));
        var postsBefore = Cloud.Posts.Count();
        Cloud.ConnectorFailures.Enqueue((HttpStatusCode.Forbidden, null));

        Server.Clock.Advance(TimeSpan.FromDays(4));
        Assert.Equal(0, await DispatchAsync());
        Assert.Equal(postsBefore + 1, Cloud.Posts.Count()); // the one refused attempt

        var address = await Server.Services.GetRequiredService<IChannelStore>().GetAddressAsync(user.Owner, "msteams", default);
        Assert.False(address!.Reachable);
        Assert.Empty(await Server.Services.GetRequiredService<INudgeStore>().ListPendingAsync(user.Owner, default));
        Server.Clock.Advance(TimeSpan.FromDays(30));
        Assert.Equal(0, await DispatchAsync());
        Assert.Equal(postsBefore + 1, Cloud.Posts.Count());
    }

    private Task<int> DispatchAsync() => Server.Services.GetRequiredService<NudgeDispatcher>().DispatchDueAsync(default);

    private static async Task PostOkAsync(TeamsUser user, JsonNode activity)
    {
        using var response = await user.PostAsync(activity);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
