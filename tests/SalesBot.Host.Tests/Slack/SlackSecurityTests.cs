using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SalesBot.Slack.Signing;
using SalesBot.Testing;

namespace SalesBot.Host.Tests.Slack;

/// <summary>Refusals without side effects, retries run once, and one user's deals never reach another user or workspace.</summary>
public sealed class SlackSecurityTests(SlackHost host) : IClassFixture<SlackHost>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    public static TheoryData<string> Damages() => ["no signature", "wrong signature", "other secret", "stale", "future", "altered body"];

    [Theory]
    [MemberData(nameof(Damages))]
    public async Task BadlySignedSlashCommand_Gets401_AndNothingIsProcessedStoredOrSent(string damage)
    {
        var user = host.User();
        var body = SlackUser.Form(new Dictionary<string, string>
        {
            ["team_id"] = user.TeamId, ["user_id"] = user.UserId, ["channel_id"] = user.Dm, ["command"] = "/salesbot", ["text"] = "qualify Acme",
        });
        var now = host.Clock.GetUtcNow();
        var ts = (damage switch { "stale" => now.AddMinutes(-6), "future" => now.AddMinutes(6), _ => now }).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = SlackSignatureVerifier.Sign(damage == "other secret" ? "someone-elses-secret" : SlackHost.SigningSecret, ts, Encoding.UTF8.GetBytes(body));
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/slack/commands")
        {
            Content = new StringContent(damage == "altered body" ? body.Replace("Acme", "Evil", StringComparison.Ordinal) : body, Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Add(SlackSignatureVerifier.TimestampHeader, ts);
        if (damage != "no signature")
        {
            request.Headers.Add(SlackSignatureVerifier.SignatureHeader, damage == "wrong signature" ? "v0=" + new string('0', 64) : signature);
        }

        var acceptedBefore = host.Queue.Accepted;
        using var response = await host.Client.SendAsync(request);
        await host.IdleAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(acceptedBefore, host.Queue.Accepted);
        await AssertNothingStoredOrSentAsync(user);
    }

    [Fact]
    public async Task SignedGarbageJson_Gets400_AndNothingIsStored()
    {
        var user = host.User();
        var acceptedBefore = host.Queue.Accepted;

        using var events = await user.PostAsync("api/slack/events", "{\"type\":\"event_callback\",\"event\":{\"type\":\"message\"", "application/json");
        using var interactions = await user.PostAsync("api/slack/interactions", "payload=%7B%22type%22%3A", "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.BadRequest, events.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, interactions.StatusCode);
        Assert.Equal(acceptedBefore, host.Queue.Accepted);
        await AssertNothingStoredOrSentAsync(user);
    }

    [Fact]
    public async Task OversizedCommandText_IsRefusedWithAnEphemeralNotice_AndNothingIsStored()
    {
        var user = host.User();

        using var response = await user.CommandAsync("qualify Acme " + new string('x', 2100));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("ephemeral", body["response_type"]!.GetValue<string>());
        Assert.Contains("at most 2,000", body["text"]!.GetValue<string>(), StringComparison.Ordinal);
        await host.IdleAsync();
        await AssertNothingStoredOrSentAsync(user);
    }

    [Fact]
    public async Task OversizedDirectMessage_IsRefusedWithANotice_AndNothingIsStored()
    {
        var user = host.User();

        await user.DmAsync("qualify Acme " + new string('x', 2100));
        await host.IdleAsync();

        var notice = Assert.Single(host.Slack.Of("chat.postMessage"), p => p.Channel == user.Dm);
        Assert.Contains("I read at most 2,000", notice.AllText, StringComparison.Ordinal);
        Assert.Empty(await host.Store.ListDealsAsync(user.Owner, Ct));
        Assert.Null(await host.Store.LoadConversationAsync(SalesBot.Core.Conversations.ConversationKey.For(new(user.TeamId, user.UserId), "slack", user.Dm), Ct));
    }

    [Fact]
    public async Task RetriedEvent_AndTheSameMessageAsAMention_AreHandledOnce()
    {
        var user = host.User();
        var message = user.DmEvent("qualify Acme");
        var mention = user.Callback(new JsonObject
        {
            ["type"] = "app_mention", ["channel"] = user.Dm, ["user"] = user.UserId,
            ["text"] = "<@UBOTSALES> qualify Acme", ["ts"] = message["event"]!["ts"]!.GetValue<string>(),
        });

        using var first = await user.EventAsync(message);
        using var retry1 = await user.EventAsync(message, retryNum: "1");
        using var retry2 = await user.EventAsync(message, retryNum: "2");
        using var sameMessage = await user.EventAsync(mention);
        await host.IdleAsync();

        Assert.All(new[] { first, retry1, retry2, sameMessage }, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var posts = host.Slack.Of("chat.postMessage").Where(p => p.Channel == user.Dm).ToList();
        Assert.Equal(3, posts.Count);
        Assert.Single(posts, p => p.AllText.Contains("Question 1 of 10 in Qualify for Acme", StringComparison.Ordinal));
        var deal = Assert.Single(await host.Store.ListDealsAsync(user.Owner, Ct));
        Assert.Empty(await host.Store.GetAnswersAsync(user.Owner, deal.Id, Ct));
    }

    [Fact]
    public async Task ADealIsNeverShownToAnotherUser_OrToTheSameUserIdInAnotherWorkspace()
    {
        var owner = host.User("T1");
        var colleague = host.User("T1");
        var twin = host.User("T2", owner.UserId);
        await owner.CommandAsync("qualify Acme");
        await host.IdleAsync();
        await owner.ClickAsync(host.Slack.Of("chat.postMessage").Last(p => p.Channel == owner.Dm), "yes");
        await host.IdleAsync();
        var ownerCalls = host.Slack.Calls.Count;

        await colleague.CommandAsync("deal Acme");
        await colleague.ClickHomeAsync("open_deal", "Acme");
        await colleague.HomeOpenedAsync();
        await twin.CommandAsync("deals");
        await twin.CommandAsync("deal Acme");
        await twin.HomeOpenedAsync();
        await host.IdleAsync();

        var after = host.Slack.Calls.Skip(ownerCalls).ToList();
        Assert.Equal(6, after.Count(c => c.Method is "chat.postMessage" or "views.publish"));
        Assert.DoesNotContain(after, c => c.Method is "chat.postMessage" or "chat.update" && c.Channel != colleague.Dm && c.Channel != twin.Dm);
        foreach (var call in after.Where(c => c.Method is "chat.postMessage" or "views.publish"))
        {
            var text = call.AllText;
            Assert.True(
                text.Contains("You have no deal named \"Acme\"", StringComparison.Ordinal) || text.Contains("No deals yet", StringComparison.Ordinal),
                $"{call.Method} showed something else: {text}");
            Assert.DoesNotContain("Stage", text, StringComparison.Ordinal);
            Assert.DoesNotContain("*yes*", text, StringComparison.Ordinal);
        }

        Assert.Empty(await host.Store.ListDealsAsync(colleague.Owner, Ct));
        Assert.Empty(await host.Store.ListDealsAsync(twin.Owner, Ct));
        Assert.Single(await host.Store.ListDealsAsync(owner.Owner, Ct));
    }

    [Fact]
    public async Task ClickPretendingToComeFromAnotherUsersDm_RunsOnlyAsTheClickingUser_InTheirOwnDm()
    {
        var owner = host.User("T1");
        var attacker = host.User("T1");
        await owner.CommandAsync("qualify Acme");
        await host.IdleAsync();
        var ownerQuestion = host.Slack.Of("chat.postMessage").Last(p => p.Channel == owner.Dm);
        var before = host.Slack.Calls.Count;
        var open = attacker.Interaction(
            new JsonObject { ["action_id"] = "run_command", ["value"] = "deal Acme", ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = "x" } },
            new JsonObject { ["type"] = "message", ["channel_id"] = owner.Dm, ["message_ts"] = ownerQuestion.Ts });
        var answer = attacker.Interaction(
            new JsonObject { ["action_id"] = "answer_0", ["value"] = "no", ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = "no" } },
            new JsonObject { ["type"] = "message", ["channel_id"] = owner.Dm, ["message_ts"] = ownerQuestion.Ts });
        answer["message"] = new JsonObject { ["ts"] = ownerQuestion.Ts, ["text"] = "q", ["blocks"] = ownerQuestion.Blocks.DeepClone() };

        await attacker.InteractAsync(open);
        await attacker.InteractAsync(answer);
        await host.IdleAsync();

        var after = host.Slack.Calls.Skip(before).ToList();
        Assert.DoesNotContain(after, c => c.Channel == owner.Dm);
        var reply = Assert.Single(after, c => c.Method == "chat.postMessage" && c.Channel == attacker.Dm);
        Assert.Contains("You have no deal named \"Acme\"", reply.AllText, StringComparison.Ordinal);
        var deal = Assert.Single(await host.Store.ListDealsAsync(owner.Owner, Ct));
        Assert.Empty(await host.Store.GetAnswersAsync(owner.Owner, deal.Id, Ct));
        Assert.Empty(await host.Store.ListDealsAsync(attacker.Owner, Ct));
    }

    [Fact]
    public async Task ReplayedSlashCommand_TheSameSignedBodySentAgainInTheWindow_RunsOnce_AndTheReplayRecordsAndSendsNothing()
    {
        var user = host.User();
        await user.CommandAsync("qualify YCorp");
        await host.IdleAsync();
        var deal = Assert.Single(await host.Store.ListDealsAsync(user.Owner, Ct));
        var body = SlackUser.Form(new Dictionary<string, string>
        {
            ["team_id"] = user.TeamId, ["channel_id"] = user.Dm, ["user_id"] = user.UserId, ["command"] = "/salesbot",
            ["text"] = "log YCorp call left voicemail", ["response_url"] = host.Slack.ResponseUrl().ToString(), ["trigger_id"] = "777.888.trigger",
        });

        using var first = await SlackUser.SignedPost(host, "api/slack/commands", body, "application/x-www-form-urlencoded");
        await host.IdleAsync();
        var callsAfterFirst = host.Slack.Calls.Count;
        using var replay = await SlackUser.SignedPost(host, "api/slack/commands", body, "application/x-www-form-urlencoded");
        await host.IdleAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(replay.StatusCode is HttpStatusCode.OK, $"the replay is acknowledged so Slack does not retry it, got {replay.StatusCode}");
        var touch = Assert.Single(await host.Store.GetTouchesAsync(user.Owner, deal.Id, Ct));
        Assert.Equal("left voicemail", touch.Outcome);
        Assert.Equal(callsAfterFirst, host.Slack.Calls.Count);
    }

    [Fact]
    public async Task ReplayedButtonClick_TheSameSignedBodySentAgainInTheWindow_RunsOnce_AndTheReplaysRecordAndSendNothing()
    {
        var user = host.User();
        await user.CommandAsync("qualify YCorp");
        await user.CommandAsync("cancel");
        await host.IdleAsync();
        var deal = Assert.Single(await host.Store.ListDealsAsync(user.Owner, Ct));
        var click = user.Interaction(
            new JsonObject { ["action_id"] = "run_command", ["value"] = "log YCorp call left voicemail", ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = "Log" } },
            new JsonObject { ["type"] = "view", ["view_id"] = "V1" });
        var body = SlackUser.Form(new Dictionary<string, string> { ["payload"] = click.ToJsonString() });

        using var first = await SlackUser.SignedPost(host, "api/slack/interactions", body, "application/x-www-form-urlencoded");
        await host.IdleAsync();
        var callsAfterFirst = host.Slack.Calls.Count;
        using var replay = await SlackUser.SignedPost(host, "api/slack/interactions", body, "application/x-www-form-urlencoded");
        using var again = await SlackUser.SignedPost(host, "api/slack/interactions", body, "application/x-www-form-urlencoded");
        await host.IdleAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var touch = Assert.Single(await host.Store.GetTouchesAsync(user.Owner, deal.Id, Ct));
        Assert.Equal("left voicemail", touch.Outcome);
        Assert.Single(host.Slack.Of("chat.postMessage"), p => p.Channel == user.Dm && p.AllText.Contains("Logged a call", StringComparison.Ordinal));
        Assert.Equal(callsAfterFirst, host.Slack.Calls.Count);
    }

    [Fact]
    public async Task NoSecretOrTokenEverAppearsInTheLogs()
    {
        var user = host.User();
        await user.CommandAsync("qualify Acme");
        await user.DmAsync("yes");
        await user.HomeOpenedAsync();
        using var bad = await SlackUser.SignedPost(host, "api/slack/commands", "team_id=T1&user_id=U1&channel_id=D1&text=x", "application/x-www-form-urlencoded", secret: "wrong");
        await host.IdleAsync();

        var lines = host.Logs.Lines();
        Assert.NotEmpty(lines);
        foreach (var secret in new[] { SlackHost.BotToken, SlackHost.SigningSecret, "xoxb-" })
        {
            Assert.DoesNotContain(lines, line => line.Contains(secret, StringComparison.Ordinal));
        }

        Assert.Contains(lines, line => line.Contains("signature check Mismatch", StringComparison.Ordinal));
    }

    private async Task AssertNothingStoredOrSentAsync(SlackUser user)
    {
        Assert.Empty(await host.Store.ListDealsAsync(user.Owner, Ct));
        Assert.Null(await host.Store.LoadConversationAsync(SalesBot.Core.Conversations.ConversationKey.For(new(user.TeamId, user.UserId), "slack", user.Dm), Ct));
        Assert.Null(await host.Channels.GetAddressAsync(user.Owner, "slack", Ct));
        Assert.DoesNotContain(host.Slack.Calls, c => c.Channel == user.Dm || c.Str("users") == user.UserId || c.Str("user") == user.UserId);
    }
}
