using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SalesBot.Storage;

namespace SalesBot.Host.Tests;

/// <summary>POST /api/messages end to end: real Kestrel on loopback, real SQLite file, real HTTP from the test.</summary>
public sealed class ActivityEndpointTests(SalesBotServer server) : IClassFixture<SalesBotServer>
{
    private const string TeamsServiceUrl = "https://smba.trafficmanager.net/teams/";
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task QualifyingAcmeWithExpectReplies_AnsweringEveryQuestionAsAsked_ShowsProgressAndChoices_EndsWithVerdictAndNextStep_AndStoresTenAnswers()
    {
        var user = new ChatUser(server.Client);

        var opening = await user.SendAsync("qualify Acme");

        Assert.Equal(3, opening.Count);
        Assert.Equal("New deal: **Acme**.", Text(opening[0]));
        Assert.StartsWith("**Qualify: Acme**", Text(opening[1]), StringComparison.Ordinal);
        AssertQuestion(opening[2], 1, QualifyScript.Steps[0], user, "act-1");
        // The store check used by the "nothing stored" tests sees an accepted turn under the same owner and key.
        Assert.Equal("Acme", Assert.Single(await server.Store.ListDealsAsync(user.Owner, Ct)).Prospect);
        Assert.NotNull(await server.Store.LoadConversationAsync(user.StateKey, Ct));

        IReadOnlyList<JsonElement> replies = [];
        for (var n = 1; n <= 10; n++)
        {
            var step = QualifyScript.Steps[n - 1];
            replies = await user.SendAsync(step.Say);
            Assert.DoesNotContain(replies, reply => Text(reply).Contains("Red flag", StringComparison.Ordinal));
            Assert.DoesNotContain(replies, reply => Text(reply).Contains("Please", StringComparison.Ordinal));
            if (step.Choices.Count == 0)
            {
                // A typed amount or date is confirmed as read before the next question.
                Assert.StartsWith("Recorded: ", Text(replies[0]), StringComparison.Ordinal);
                replies = replies.Skip(1).ToList();
            }

            if (n < 10)
            {
                AssertQuestion(Assert.Single(replies), n + 1, QualifyScript.Steps[n], user, $"act-{n + 1}");
            }
        }

        var texts = replies.Select(Text).ToList();
        Assert.All(replies, reply => Assert.False(reply.TryGetProperty("suggestedActions", out _), "No buttons once the step is done."));
        Assert.Contains(texts, text => text.StartsWith("Qualification done.", StringComparison.Ordinal));
        Assert.Contains(texts, text => text.StartsWith("Verdict: **qualified**", StringComparison.Ordinal));
        var next = Assert.Single(texts, text => text.StartsWith("**Next step:**", StringComparison.Ordinal));
        // Qualified on the ten questions, but never screened: the method screens before any meeting.
        Assert.StartsWith("**Next step:** Screen:", next, StringComparison.Ordinal);
        Assert.EndsWith("Say: `screen Acme`", next, StringComparison.Ordinal);

        var deal = Assert.Single(await server.Store.ListDealsAsync(user.Owner, Ct));
        Assert.Equal("Acme", deal.Prospect);
        Assert.True(deal.HasCompleted("qualify"));
        var answers = await server.Store.GetAnswersAsync(user.Owner, deal.Id, Ct);
        Assert.Equal(
            QualifyScript.Steps.Select(s => (s.QuestionId, s.Stored)).OrderBy(a => a.QuestionId),
            answers.Select(a => (a.QuestionId, a.Value)).OrderBy(a => a.QuestionId));
        Assert.All(answers, answer =>
        {
            Assert.Equal("qualify", answer.StepId);
            Assert.Equal(1, answer.Version);
            Assert.Equal("Pat Seller", answer.RecordedBy);
            Assert.Equal(SalesBotServer.ClockStart, answer.RecordedAt);
        });

        var view = Text(Assert.Single(await user.SendAsync("deal Acme")));
        Assert.Contains("Verdict: **qualified**", view, StringComparison.Ordinal);
        Assert.Contains("2027-03-01", view, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConversationUpdateAddingTheUser_RepliesWithTheWelcome()
    {
        var user = new ChatUser(server.Client);
        var update = user.Activity("conversationUpdate", new JsonObject
        {
            ["deliveryMode"] = "expectReplies",
            ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = user.UserId, ["name"] = "Pat Seller" }),
        });

        var replies = await user.RepliesAsync(update);

        var welcome = Assert.Single(replies);
        Assert.Equal("message", welcome.GetProperty("type").GetString());
        Assert.StartsWith("Hi, I'm SalesBot", Text(welcome), StringComparison.Ordinal);
        Assert.Contains("`qualify Acme`", Text(welcome), StringComparison.Ordinal);
        Assert.Equal(user.UserId, welcome.GetProperty("recipient").GetProperty("id").GetString());
    }

    [Fact]
    public async Task ConversationUpdateAddingOnlyTheBot_SendsNoWelcome()
    {
        var user = new ChatUser(server.Client);
        var update = user.Activity("conversationUpdate", new JsonObject
        {
            ["deliveryMode"] = "expectReplies",
            ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "salesbot" }),
        });

        Assert.Empty(await user.RepliesAsync(update));
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("trailing garbage")]
    [InlineData("conversation is a string")]
    [InlineData("not json at all")]
    public async Task MalformedJson_Returns400WithTheReason_AndStoresNothing(string damage)
    {
        var user = new ChatUser(server.Client);
        var json = user.Message("qualify Acme").ToJsonString();
        var body = damage switch
        {
            "truncated" => json[..^12],
            "trailing garbage" => json + "}{",
            "conversation is a string" => json.Replace($"{{\"id\":\"{user.ConversationId}\"}}", $"\"{user.ConversationId}\"", StringComparison.Ordinal),
            _ => "qualify Acme",
        };
        Assert.NotEqual(json, body);

        using var response = await user.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ChatUser.ProblemAsync(response);
        Assert.StartsWith("The body is not a valid activity:", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await AssertNothingStoredAsync(user);
    }

    [Theory]
    [InlineData("no conversation")]
    [InlineData("conversation without id")]
    [InlineData("blank conversation id")]
    public async Task MissingConversationId_Returns400NamingIt_AndStoresNothing(string shape)
    {
        var user = new ChatUser(server.Client);
        var activity = user.Message("qualify Acme");
        switch (shape)
        {
            case "no conversation":
                activity.Remove("conversation");
                break;
            case "conversation without id":
                activity["conversation"] = new JsonObject { ["name"] = "chat" };
                break;
            default:
                activity["conversation"] = new JsonObject { ["id"] = "  " };
                break;
        }

        using var response = await user.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ChatUser.ProblemAsync(response);
        Assert.Equal("The activity has no conversation.id.", problem.GetProperty("detail").GetString());
        await AssertNothingStoredAsync(user);
        Assert.Null(await server.Store.LoadConversationAsync(SalesBot.Core.Conversations.ConversationKey.For(user.Owner, "webchat", ""), Ct));
        Assert.Null(await server.Store.LoadConversationAsync(SalesBot.Core.Conversations.ConversationKey.For(user.Owner, "webchat", "  "), Ct));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task BodyThatIsNotDeclaredJson_Returns415_AndStoresNothing(string? contentType)
    {
        var user = new ChatUser(server.Client);
        using var content = new StringContent(user.Message("qualify Acme").ToJsonString(), Encoding.UTF8);
        content.Headers.ContentType = contentType is null ? null : new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);

        using var response = await server.Client.PostAsync("api/messages", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        await AssertNothingStoredAsync(user);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("conversation.id")]
    [InlineData("from.id")]
    [InlineData("conversation.tenantId")]
    [InlineData("channelData.tenant.id")]
    public async Task IdLongerThan512Characters_Returns400NamingIt_AndStoresNothing(string field)
    {
        var user = new ChatUser(server.Client);
        var activity = user.Message("qualify Acme");
        var longId = new string('x', 513);
        switch (field)
        {
            case "id": activity["id"] = longId; break;
            case "conversation.id": activity["conversation"]!["id"] = longId; break;
            case "from.id": activity["from"]!["id"] = longId; break;
            case "conversation.tenantId": activity["conversation"]!["tenantId"] = longId; break;
            default: activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = longId } }; break;
        }

        using var response = await user.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ChatUser.ProblemAsync(response);
        Assert.Equal($"The activity's {field} is longer than 512 characters.", problem.GetProperty("detail").GetString());
        await AssertNothingStoredAsync(user);
        Assert.Empty(await server.Store.ListDealsAsync(new SalesBot.Core.Conversations.Owner("local", longId), Ct));
        Assert.Empty(await server.Store.ListDealsAsync(new SalesBot.Core.Conversations.Owner(longId, user.UserId), Ct));
    }

    [Fact]
    public async Task IdOfExactly512Characters_IsAccepted()
    {
        var user = new ChatUser(server.Client);
        var activity = user.Message("deals");
        activity["id"] = new string('x', 512);

        using var response = await user.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ExportWithAForeignHostHeader_LinksToTheAddressTheRequestReached_NotToThatHost()
    {
        var user = new ChatUser(server.Client);
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(user.Message("export").ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Host = "evil.example";

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("/api/export/", body, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", body, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("http://evil.example", null)]
    [InlineData("http://evil.example:{port}", null)]
    [InlineData(null, "cross-site")]
    public async Task LocalMode_APostFromAPageOnAnotherOrigin_Returns403_AndNothingIsRecorded(string? origin, string? fetchSite)
    {
        var user = new ChatUser(server.Client);
        var activity = user.Message("qualify Acme");
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (origin is not null)
        {
            // A DNS name rebound to this machine sends its own name as Host as well as in Origin.
            origin = origin.Replace("{port}", server.Client.BaseAddress!.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            request.Headers.Host = new Uri(origin).Authority;
            request.Headers.Add("Origin", origin);
        }

        if (fetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("origin", (await ChatUser.ProblemAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await AssertNothingStoredAsync(user);
        var channels = server.Services.GetRequiredService<SalesBot.Core.Channels.IChannelStore>();
        Assert.Empty(await channels.GetAddressesAsync(user.Owner, Ct));
        // The delivery was not recorded either: the same activity from the page itself is handled as new.
        var replies = await user.RepliesAsync(activity);
        Assert.Contains(replies, r => Text(r) == "New deal: **Acme**.");
    }

    [Fact]
    public async Task LocalMode_APostFromTheChatPageItself_IsHandled()
    {
        var user = new ChatUser(server.Client);
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(user.Message("qualify Acme").ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", server.Client.BaseAddress!.GetLeftPart(UriPartial.Authority));
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Acme", Assert.Single(await server.Store.ListDealsAsync(user.Owner, Ct)).Prospect);
    }

    [Fact]
    public async Task ExportWithSingleUse_EachLinkServesOneDownload_TheSecondGets410AndNoData()
    {
        await using var single = SalesBotServer.With(new Dictionary<string, string?> { ["Export:SingleUse"] = "true" });
        var user = new ChatUser(single.Client);
        await user.SendAsync("qualify Acme");
        var links = (await user.SendAsync("export")).Select(r => r.GetRawText())
            .SelectMany(text => System.Text.RegularExpressions.Regex.Matches(text, @"http://127\.0\.0\.1:\d+/api/export/[A-Za-z0-9_\-%]+").Select(m => m.Value))
            .Distinct().ToList();
        Assert.Equal(2, links.Count);

        using (var first = await single.Client.GetAsync(links[0]))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Contains("Acme", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var again = await single.Client.GetAsync(links[0]))
        {
            Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
            Assert.DoesNotContain("Acme", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The other link was not used up by the first one.
        using var json = await single.Client.GetAsync(links[1]);
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Contains("Acme", await json.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportWithoutSingleUse_ALinkWorksUntilItExpires()
    {
        var user = new ChatUser(server.Client);
        await user.SendAsync("qualify Acme");
        var link = (await user.SendAsync("export")).Select(r => r.GetRawText())
            .SelectMany(text => System.Text.RegularExpressions.Regex.Matches(text, @"http://127\.0\.0\.1:\d+/api/export/[A-Za-z0-9_\-%]+").Select(m => m.Value))
            .First();

        for (var i = 0; i < 2; i++)
        {
            using var response = await server.Client.GetAsync(link);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task LocalMode_AadObjectIdInTheBody_DoesNotChooseTheUser()
    {
        var victim = new ChatUser(server.Client);
        await victim.SendAsync("qualify Victimco");
        var attacker = new ChatUser(server.Client);
        var activity = attacker.Message("deals");
        activity["from"]!["aadObjectId"] = victim.UserId;

        var replies = await attacker.RepliesAsync(activity);

        Assert.DoesNotContain(replies, r => r.GetRawText().Contains("Victimco", StringComparison.Ordinal));
        Assert.Empty(await server.Store.ListDealsAsync(attacker.Owner, Ct));
        Assert.Equal("Victimco", Assert.Single(await server.Store.ListDealsAsync(victim.Owner, Ct)).Prospect);
    }

    [Fact]
    public async Task BodyOverTheCapWithContentLength_Returns413_AndStoresNothing()
    {
        var user = new ChatUser(server.Client);
        // Trailing spaces are trimmed by the engine: were the body accepted, this would start a deal for Acme.
        var body = user.Message("qualify Acme" + new string(' ', 300_000)).ToJsonString();
        Assert.True(Encoding.UTF8.GetByteCount(body) > 262_144);

        using var response = await user.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await ChatUser.ProblemAsync(response);
        Assert.Contains("larger than 262144 bytes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await AssertNothingStoredAsync(user);
    }

    [Fact]
    public async Task ChunkedBodyOverTheCap_Returns413_AndStoresNothing()
    {
        var user = new ChatUser(server.Client);
        var body = Encoding.UTF8.GetBytes(user.Message("qualify Acme" + new string(' ', 300_000)).ToJsonString());
        using var content = new ChunkedContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        Assert.Null(content.Headers.ContentLength);

        using var response = await server.Client.PostAsync("api/messages", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertNothingStoredAsync(user);
    }

    [Fact]
    public async Task BodyJustUnderTheCap_IsAccepted()
    {
        var user = new ChatUser(server.Client);
        var message = user.Message("deals");
        var padding = 262_144 - Encoding.UTF8.GetByteCount(message.ToJsonString()) - 64;
        message["text"] = "deals" + new string(' ', padding);
        Assert.InRange(Encoding.UTF8.GetByteCount(message.ToJsonString()), 262_000, 262_144);

        Assert.NotEmpty(await user.RepliesAsync(message));
    }

    [Fact]
    public async Task WithMicrosoftAppIdConfigured_EveryActivityIsRefusedWith401_AndNothingIsStored()
    {
        await using var secured = SalesBotServer.With(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "6b0f3c0e-1111-4222-8333-944445555666",
            ["MicrosoftAppPassword"] = "not-a-real-secret",
        });
        var user = new ChatUser(secured.Client);

        using var response = await user.PostAsync(user.Message("qualify Acme"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace((await ChatUser.ProblemAsync(response)).GetProperty("detail").GetString()));
        Assert.Empty(await secured.Store.ListDealsAsync(user.Owner, Ct));
        Assert.Null(await secured.Store.LoadConversationAsync(user.StateKey, Ct));
    }

    [Fact]
    public async Task NormalDelivery_PostsEachReplyToTheBotConnector_AtConversationsActivitiesReplyToId()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        var refusedBefore = server.Outbound.Refused.Count;
        var user = new ChatUser(server.Client, "emulator", "a:1Bx-" + Guid.NewGuid().ToString("N")[..6]);
        var message = user.Message("qualify Acme");
        message.Remove("deliveryMode");
        message["serviceUrl"] = connector.ServiceUrl.ToString();

        using var response = await user.PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, connector.Posts.Count);
        foreach (var post in connector.Posts)
        {
            Assert.Equal($"/v3/conversations/{user.ConversationId}/activities/act-1", post.Path);
            Assert.Equal(user.ConversationId, post.ConversationId);
            Assert.Equal("act-1", post.ActivityId);
            Assert.StartsWith("application/json", post.ContentType, StringComparison.Ordinal);
            var activity = post.Activity;
            Assert.Equal("message", activity.GetProperty("type").GetString());
            Assert.Equal("act-1", activity.GetProperty("replyToId").GetString());
            Assert.Equal("emulator", activity.GetProperty("channelId").GetString());
            Assert.Equal(user.ConversationId, activity.GetProperty("conversation").GetProperty("id").GetString());
            Assert.Equal(user.UserId, activity.GetProperty("recipient").GetProperty("id").GetString());
            Assert.Equal("salesbot", activity.GetProperty("from").GetProperty("id").GetString());
            Assert.Equal(connector.ServiceUrl.ToString(), activity.GetProperty("serviceUrl").GetString());
        }

        Assert.Equal("New deal: **Acme**.", Text(connector.Posts[0].Activity));
        Assert.StartsWith("**Qualify: Acme**", Text(connector.Posts[1].Activity), StringComparison.Ordinal);
        AssertQuestion(connector.Posts[2].Activity, 1, QualifyScript.Steps[0], user, "act-1");
        Assert.Equal("Acme", Assert.Single(await server.Store.ListDealsAsync(user.Owner, Ct)).Prospect);
        Assert.Equal(refusedBefore, server.Outbound.Refused.Count);
    }

    [Fact]
    public async Task NonLoopbackServiceUrlInLocalMode_Returns403_AndNothingIsStoredOrSent()
    {
        var refusedBefore = server.Outbound.Refused.Count;
        var user = new ChatUser(server.Client, "msteams");
        var message = user.Message("qualify Acme");
        message.Remove("deliveryMode");
        message["serviceUrl"] = TeamsServiceUrl;

        using var response = await user.PostAsync(message);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("serviceUrl", (await ChatUser.ProblemAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await AssertNothingStoredAsync(user);
        Assert.Equal(refusedBefore, server.Outbound.Refused.Count);
    }

    [Theory]
    [InlineData("/relative/path")]
    [InlineData("file:///tmp/salesbot")]
    [InlineData("ftp://127.0.0.1/")]
    public async Task NormalDeliveryWithAServiceUrlThatIsNotHttp_Returns400_AndStoresNothing(string serviceUrl)
    {
        var user = new ChatUser(server.Client, "emulator");
        var message = user.Message("qualify Acme");
        message.Remove("deliveryMode");
        message["serviceUrl"] = serviceUrl;

        using var response = await user.PostAsync(message);

        var body = await response.Content.ReadAsStringAsync();
        var stored = (await server.Store.ListDealsAsync(user.Owner, Ct)).Count > 0
            || await server.Store.LoadConversationAsync(user.StateKey, Ct) is not null;
        Assert.True(
            response.StatusCode == HttpStatusCode.BadRequest && !stored,
            $"serviceUrl '{serviceUrl}': expected 400 and nothing stored; got {(int)response.StatusCode}, " +
            $"turn {(stored ? "committed (deal and dialog state stored)" : "not stored")}: {body.Split('\n')[0]}");
        Assert.Contains("serviceUrl", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetRoot_ServesTheLocalChatPage_AndItsScript()
    {
        using var page = await server.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<title>SalesBot — local chat</title>", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"chat.js\"></script>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"composer\"", html, StringComparison.Ordinal);

        var script = await server.Client.GetStringAsync("/chat.js");
        Assert.Contains("fetch('api/messages'", script, StringComparison.Ordinal);
        Assert.Contains("deliveryMode: 'expectReplies'", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServerUnderTest_ListensOnLoopbackOnAFreePort_AndKeepsDataInItsOwnSqliteFile()
    {
        Assert.Equal("127.0.0.1", server.BaseAddress.Host);
        Assert.NotEqual(3978, server.BaseAddress.Port);
        var storage = server.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        Assert.Contains(server.DatabaseFile, storage.ConnectionString, StringComparison.Ordinal);

        var user = new ChatUser(server.Client);
        await user.SendAsync("qualify Initech");

        Assert.True(new FileInfo(server.DatabaseFile).Length > 0, "The temp SQLite file holds the data.");
        Assert.Equal("Initech", Assert.Single(await server.Store.ListDealsAsync(user.Owner, Ct)).Prospect);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task HealthEndpoint_Answers200Healthy(string path)
    {
        using var response = await server.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    private async Task AssertNothingStoredAsync(ChatUser user)
    {
        Assert.Empty(await server.Store.ListDealsAsync(user.Owner, Ct));
        Assert.Null(await server.Store.LoadConversationAsync(user.StateKey, Ct));
    }

    private static string Text(JsonElement activity) =>
        activity.TryGetProperty("text", out var text) ? text.GetString() ?? "" : "";

    private static void AssertQuestion(JsonElement activity, int number, QualifyStep step, ChatUser user, string replyToId)
    {
        Assert.Equal("message", activity.GetProperty("type").GetString());
        Assert.Equal(replyToId, activity.GetProperty("replyToId").GetString());
        Assert.Equal(user.ConversationId, activity.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal("expectingInput", activity.GetProperty("inputHint").GetString());
        var text = Text(activity);
        Assert.StartsWith($"**Question {number} of 10 in Qualify for Acme**\n{step.Text}", text, StringComparison.Ordinal);

        var salesbot = activity.GetProperty("channelData").GetProperty("salesbot");
        Assert.Equal("question", salesbot.GetProperty("kind").GetString());
        var progress = salesbot.GetProperty("progress");
        Assert.Equal("Qualify", progress.GetProperty("flow").GetString());
        Assert.Equal("Acme", progress.GetProperty("prospect").GetString());
        Assert.Equal(number, progress.GetProperty("current").GetInt32());
        Assert.Equal(10, progress.GetProperty("total").GetInt32());

        if (step.Choices.Count == 0)
        {
            Assert.False(activity.TryGetProperty("suggestedActions", out _), $"Question {number} is answered by typing; it offers no buttons.");
            return;
        }

        var suggested = activity.GetProperty("suggestedActions");
        Assert.Equal([user.UserId], suggested.GetProperty("to").EnumerateArray().Select(to => to.GetString()));
        var actions = suggested.GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal(step.Choices, actions.Select(a => a.GetProperty("title").GetString()));
        Assert.Equal(step.Choices, actions.Select(a => a.GetProperty("value").GetString()));
        Assert.All(actions, a => Assert.Equal("imBack", a.GetProperty("type").GetString()));
    }

    /// <summary>A body sent with Transfer-Encoding: chunked (no Content-Length), so only the read limit can stop it.</summary>
    private sealed class ChunkedContent(byte[] body) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(body).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
