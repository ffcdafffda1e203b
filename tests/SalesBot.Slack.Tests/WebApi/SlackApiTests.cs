using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using SalesBot.Slack.BlockKit;
using SalesBot.Slack.WebApi;

namespace SalesBot.Slack.Tests.WebApi;

public sealed class SlackApiTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly SlackMessage Hello = ReplyRenderer.Text("Hello **Pat**");

    [Fact]
    public async Task PostMessage_SendsJsonWithBearerToken_ChannelFallbackTextAndBlocks_AndReturnsTheTs()
    {
        var http = new StubSlackHttp().ThenJson("chat.postMessage", """{"ok":true,"channel":"D42","ts":"1700000001.000200"}""");

        var posted = await http.Api().PostMessageAsync("xoxb-secret-token", "D42", Hello, Ct);

        Assert.Equal(new PostedMessage("D42", "1700000001.000200"), posted);
        var request = Assert.Single(http.Requests);
        Assert.Equal("https://slack.test/api/chat.postMessage", request.Url.ToString());
        Assert.Equal("Bearer xoxb-secret-token", request.Authorization);
        Assert.Equal("application/json", request.ContentType);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("D42", body["channel"]!.GetValue<string>());
        Assert.Equal("Hello Pat", body["text"]!.GetValue<string>());
        Assert.Equal("Hello *Pat*", body["blocks"]![0]!["text"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostMessage_WithMetadata_SendsItAndHistoryReturnsThePayloadsOfThatEventTypeOnly()
    {
        var http = new StubSlackHttp()
            .ThenJson("chat.postMessage", """{"ok":true,"channel":"D42","ts":"1700000001.000200"}""")
            .ThenJson("conversations.history", """
                {"ok":true,"messages":[
                  {"ts":"1700000003.000100","text":"other","metadata":{"event_type":"something_else","event_payload":{"nudge_ids":"x"}}},
                  {"ts":"1700000002.000100","text":"plain"},
                  {"ts":"1700000001.000200","text":"nudge","metadata":{"event_type":"salesbot_nudge","event_payload":{"nudge_ids":"n1 n2"}}}]}
                """);
        var metadata = new JsonObject { ["event_type"] = "salesbot_nudge", ["event_payload"] = new JsonObject { ["nudge_ids"] = "n1 n2" } };

        await http.Api().PostMessageAsync("xoxb-t", "D42", Hello with { Metadata = metadata }, Ct);
        var found = await http.Api().MetadataSinceAsync("xoxb-t", "D42", "salesbot_nudge", DateTimeOffset.FromUnixTimeSeconds(1700000000), Ct);

        Assert.Equal("n1 n2", JsonNode.Parse(http.Requests[0].Body)!["metadata"]!["event_payload"]!["nudge_ids"]!.GetValue<string>());
        var history = JsonNode.Parse(http.Requests[1].Body)!;
        Assert.Equal(("D42", "1700000000.000000", true), (history["channel"]!.GetValue<string>(), history["oldest"]!.GetValue<string>(), history["include_all_metadata"]!.GetValue<bool>()));
        Assert.Equal(["n1 n2"], found.Select(p => p.GetProperty("nudge_ids").GetString()));
    }

    [Fact]
    public async Task OkFalse_BecomesSlackApiException_WithSlacksErrorCode()
    {
        var http = new StubSlackHttp().ThenJson("chat.update", """{"ok":false,"error":"message_not_found"}""");

        var error = await Assert.ThrowsAsync<SlackApiException>(() => http.Api().UpdateMessageAsync("xoxb-t", "D1", "1.2", Hello, Ct));

        Assert.Equal("chat.update", error.Method);
        Assert.Equal("message_not_found", error.Error);
        Assert.False(error.IsTokenGone);
    }

    [Fact]
    public async Task MissingScope_NamesTheScopeNeeded()
    {
        var http = new StubSlackHttp().ThenJson("files.getUploadURLExternal", """{"ok":false,"error":"missing_scope","needed":"files:write","provided":"chat:write"}""");

        var error = await Assert.ThrowsAsync<SlackApiException>(() =>
            http.Api().UploadFilesAsync("xoxb-t", "D1", [new SlackFile("a.csv", "a.csv", [1, 2, 3])], "export", Ct));

        Assert.Equal("missing_scope", error.Error);
        Assert.Equal("files:write", error.Needed);
    }

    [Fact]
    public async Task InvalidAuth_IsRecognisedAsAGoneToken()
    {
        var http = new StubSlackHttp().ThenJson("chat.postMessage", """{"ok":false,"error":"invalid_auth"}""");

        var error = await Assert.ThrowsAsync<SlackApiException>(() => http.Api().PostMessageAsync("xoxb-t", "D1", Hello, Ct));

        Assert.True(error.IsTokenGone);
    }

    [Fact]
    public async Task RateLimited_WaitsRetryAfter_ThenRetriesAndSucceeds()
    {
        var http = new StubSlackHttp().ThenRateLimited("chat.postMessage", 1);
        var clock = Stopwatch.StartNew();

        var posted = await http.Api().PostMessageAsync("xoxb-t", "D1", Hello, Ct);

        Assert.Equal("1700000000.000100", posted.Ts);
        Assert.Equal(2, http.Requests.Count);
        Assert.True(http.Requests[1].At - http.Requests[0].At >= TimeSpan.FromMilliseconds(950), $"Retried after {(http.Requests[1].At - http.Requests[0].At).TotalMilliseconds} ms.");
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(950));
    }

    [Fact]
    public async Task RateLimitOnOneMethod_HoldsBackLaterCallsOfThatMethod_ButNotOtherMethods()
    {
        var http = new StubSlackHttp()
            .ThenRateLimited("chat.postMessage", 1)
            .ThenRateLimited("chat.postMessage", 1);
        var api = http.Api(new SlackOptions { BotToken = "xoxb-t", SigningSecret = "s", ApiBaseUrl = new Uri("https://slack.test/api/"), MaxRateLimitRetries = 0 });

        await Assert.ThrowsAsync<SlackApiException>(() => api.PostMessageAsync("xoxb-t", "D1", Hello, Ct));
        var started = DateTimeOffset.UtcNow;
        await api.UpdateMessageAsync("xoxb-t", "D1", "1.2", Hello, Ct);
        var updateTook = DateTimeOffset.UtcNow - started;
        await Assert.ThrowsAsync<SlackApiException>(() => api.PostMessageAsync("xoxb-t", "D1", Hello, Ct));
        var postTook = DateTimeOffset.UtcNow - started;

        Assert.True(updateTook < TimeSpan.FromMilliseconds(500), $"chat.update waited {updateTook.TotalMilliseconds} ms.");
        Assert.True(postTook >= TimeSpan.FromMilliseconds(900), $"The second chat.postMessage went out after {postTook.TotalMilliseconds} ms.");
        Assert.Equal(["chat.postMessage", "chat.update", "chat.postMessage"], http.Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task RateLimitedBeyondTheRetries_FailsWithRatelimited()
    {
        var http = new StubSlackHttp().ThenRateLimited("views.publish", 0).ThenRateLimited("views.publish", 0);
        var api = http.Api(new SlackOptions { BotToken = "xoxb-t", SigningSecret = "s", ApiBaseUrl = new Uri("https://slack.test/api/"), MaxRateLimitRetries = 1 });

        var error = await Assert.ThrowsAsync<SlackApiException>(() => api.PublishHomeAsync("xoxb-t", "U1", HomeView.Build([], DateTimeOffset.UnixEpoch), Ct));

        Assert.Equal("ratelimited", error.Error);
        Assert.Equal(2, http.Requests.Count);
    }

    [Fact]
    public async Task MessageOverTheBlockKitLimits_IsRefusedBeforeAnythingIsSent()
    {
        var http = new StubSlackHttp();
        var blocks = new JsonArray(Enumerable.Range(0, 51).Select(_ => (JsonNode)Blocks.Divider()).ToArray());

        await Assert.ThrowsAsync<BlockKitLimitException>(() => http.Api().PostMessageAsync("xoxb-t", "D1", new SlackMessage("text", blocks), Ct));

        Assert.Empty(http.Requests);
    }

    [Fact]
    public async Task UsersInfo_ReadsNameTimeZoneAndLocale_AsAFormWithIncludeLocale()
    {
        var http = new StubSlackHttp().ThenJson("users.info",
            """{"ok":true,"user":{"id":"U1","name":"pat","real_name":"Pat Seller","tz":"Europe/Warsaw","locale":"pl-PL","profile":{"display_name":""}}}""");

        var user = await http.Api().GetUserAsync("xoxb-t", "U1", Ct);

        Assert.Equal(new SlackUserInfo("U1", "Pat Seller", "Europe/Warsaw", "pl-PL", false), user);
        var request = Assert.Single(http.Requests);
        Assert.Equal("application/x-www-form-urlencoded", request.ContentType);
        Assert.Contains("include_locale=true", request.Body, StringComparison.Ordinal);
        Assert.Contains("user=U1", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileUpload_GetsAnUploadUrl_PostsTheBytes_ThenCompletesIntoTheChannel()
    {
        var http = new StubSlackHttp()
            .ThenJson("files.getUploadURLExternal", """{"ok":true,"upload_url":"https://files.slack.com/upload/v1/abc","file_id":"F1"}""")
            .Then("abc", () => new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent("OK - 3") });

        await http.Api().UploadFilesAsync("xoxb-t", "D9", [new SlackFile("export.csv", "export.csv", "a,b"u8.ToArray())], "Your export", Ct);

        Assert.Equal(["files.getUploadURLExternal", "abc", "files.completeUploadExternal"], http.Requests.Select(r => r.Method));
        Assert.Contains("length=3", http.Requests[0].Body, StringComparison.Ordinal);
        Assert.Equal("a,b", http.Requests[1].Body);
        Assert.Null(http.Requests[1].Authorization);
        var complete = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(http.Requests[2].Body);
        Assert.Equal("D9", complete["channel_id"].ToString());
        Assert.Equal("F1", JsonDocument.Parse(complete["files"].ToString()).RootElement[0].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("https://evil.example/hooks")]
    [InlineData("https://slack.com.evil.example/x")]
    [InlineData("http://hooks.slack.com/commands/1")]
    public async Task ResponseUrlOutsideSlack_IsNeverCalled(string url)
    {
        var http = new StubSlackHttp();

        var error = await Assert.ThrowsAsync<SlackApiException>(() => http.Api().RespondAsync(new Uri(url), new JsonObject { ["text"] = "hi" }, Ct));

        Assert.Equal("untrusted_url", error.Error);
        Assert.Empty(http.Requests);
    }

    [Fact]
    public async Task ResponseUrlOnHooksSlackCom_IsPostedAsJson()
    {
        var http = new StubSlackHttp();

        await http.Api().RespondAsync(new Uri("https://hooks.slack.com/commands/T1/1/abc"), new JsonObject { ["text"] = "hi" }, Ct);

        var request = Assert.Single(http.Requests);
        Assert.Equal("application/json", request.ContentType);
        Assert.Null(request.Authorization);
    }

    [Fact]
    public async Task OAuthAccess_ReadsTheBotTokenAndWorkspace_AndItsToStringHidesTheToken()
    {
        var http = new StubSlackHttp().ThenJson("oauth.v2.access",
            """{"ok":true,"access_token":"xoxb-17-secret","token_type":"bot","bot_user_id":"UB","team":{"id":"T9","name":"Nine"},"enterprise":null,"is_enterprise_install":false,"authed_user":{"id":"U5"}}""");

        var access = await http.Api().ExchangeCodeAsync("cid", "csecret", "code-1", "https://bot.example/api/slack/oauth_redirect", Ct);

        Assert.Equal(new OAuthAccess("xoxb-17-secret", "UB", "T9", "Nine", null, false, "U5"), access);
        Assert.DoesNotContain("xoxb", access.ToString(), StringComparison.Ordinal);
        Assert.Null(Assert.Single(http.Requests).Authorization);
    }
}
