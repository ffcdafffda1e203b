using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Core.Channels;
using SalesBot.Core.Conversations;
using SalesBot.Teams.Proactive;
using SalesBot.Testing;

namespace SalesBot.Host.Tests.Teams;

/// <summary>SalesBot as a registered Teams bot, end to end over loopback: signed activities in, Bot Connector calls out.</summary>
public sealed class TeamsConversationTests : TeamsTestBase
{
    [Fact]
    public async Task FullQualification_In1on1_QuestionsArriveAsAdaptiveCards_AnsweredInsideTheCard_AnsweredCardsAreUpdated_AndTheVerdictFollows()
    {
        var user = new TeamsUser(Server, Cloud);
        await PostOkAsync(user, user.Message("qualify Acme"));

        foreach (var step in QualifyScript.Steps)
        {
            var question = Cloud.Posts.Last(p => CardJson.Card(p.Body) is not null);
            var card = CardJson.Card(question.Body)!;
            Assert.Null(question.Body["text"]);
            Assert.Contains(step.Text, (string?)question.Body["summary"], StringComparison.Ordinal);
            Assert.Contains(step.Text, CardJson.AllText(card), StringComparison.Ordinal);
            Assert.Equal("1.5", (string?)card["version"]);
            var submits = CardJson.Submits(card);
            var quickPicks = submits.Where(s => s["data"]?["answer"] is not null).ToList();
            Assert.Equal(step.Choices, quickPicks.Select(s => (string?)s["data"]?["answer"]));
            Assert.All(submits, s => Assert.Null(s["data"]?["msteams"]));
            Assert.Single(Cloud.LiveQuestionCards());
            var updatesBefore = Cloud.ConnectorCalls.Count(c => c.Method == "PUT");

            // A quick pick sends its answer; money and dates are answered with the card's own inputs and its Submit.
            var data = step.Choices.Count > 0
                ? quickPicks.Single(s => (string?)s["data"]!["answer"] == step.Say)["data"]!
                : InputsFilled(card, step);
            await PostOkAsync(user, user.CardSubmit(question.AnsweredId, data));

            var update = Cloud.ConnectorCalls.Where(c => c.Method == "PUT").Last();
            Assert.Equal(updatesBefore + 1, Cloud.ConnectorCalls.Count(c => c.Method == "PUT"));
            Assert.EndsWith($"/activities/{question.AnsweredId}", update.Path, StringComparison.Ordinal);
            Assert.Empty(CardJson.Submits(CardJson.Card(update.Body)));
            Assert.Empty(CardJson.Inputs(CardJson.Card(update.Body)));
            Assert.Contains("Answered", CardJson.AllText(CardJson.Card(update.Body)), StringComparison.Ordinal);
            Assert.Contains(step.Say, CardJson.AllText(CardJson.Card(update.Body)), StringComparison.Ordinal);
        }

        var texts = Cloud.Posts.Select(p => (string?)p.Body["text"] ?? "").ToList();
        Assert.Contains(texts, t => t.Contains("Verdict: **qualified**", StringComparison.Ordinal));
        var deal = Assert.Single(await Server.Store.ListDealsAsync(user.Owner, default));
        var answers = await Server.Store.GetAnswersAsync(user.Owner, deal.Id, default);
        Assert.Equal(QualifyScript.Steps.Select(s => (s.QuestionId, s.Stored)), answers.Select(a => (a.QuestionId, a.Value)));
        Assert.Empty(Cloud.LiveQuestionCards());

        Assert.All(Cloud.ConnectorCalls, c => Assert.Equal("Bearer " + FakeMicrosoftCloud.IssuedToken, c.Authorization));
        var tokenRequest = Assert.Single(Cloud.TokenRequests);
        Assert.Equal($"{FakeMicrosoftCloud.Tenant} client_credentials https://api.botframework.com/.default {TestTokens.AppId}", tokenRequest);
        Assert.All(Cloud.Posts, p => Assert.StartsWith($"/teams/v3/conversations/{user.ConversationId}/activities/", p.Path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TypedAnswerAndViewCommands_MidQuestion_LeaveOnlyTheCurrentQuestionLive_AndEachOldCardSaysWhatHappened()
    {
        var user = new TeamsUser(Server, Cloud);
        await PostOkAsync(user, user.Message("qualify Acme"));
        var first = Cloud.Posts.Last(p => CardJson.Card(p.Body) is not null);

        // Typed instead of pressed: the card shows the typed words and loses its buttons and inputs.
        await PostOkAsync(user, user.Message("yes - they asked for it"));
        var typedUpdate = Cloud.ConnectorCalls.Last(c => c.Method == "PUT");
        Assert.EndsWith($"/activities/{first.AnsweredId}", typedUpdate.Path, StringComparison.Ordinal);
        Assert.Contains("You replied", CardJson.AllText(CardJson.Card(typedUpdate.Body)), StringComparison.Ordinal);
        Assert.Contains("yes - they asked for it", CardJson.AllText(CardJson.Card(typedUpdate.Body)), StringComparison.Ordinal);
        Assert.Single(Cloud.LiveQuestionCards());

        // View commands mid-question re-ask the question: still one live card.
        foreach (var command in (string[])["status", "deal Acme", "help", "deals"])
        {
            await PostOkAsync(user, user.Message(command));
            Assert.True(Cloud.LiveQuestionCards().Count <= 1, $"after {command}: {Cloud.LiveQuestionCards().Count} live question cards");
        }

        // A button of another card (a command) moves the live question on.
        var live = Cloud.Posts.Last(p => (string?)p.Body["inputHint"] == "expectingInput");
        await PostOkAsync(user, user.CardSubmit("some-other-card", new JsonObject { ["answer"] = "deals" }));
        var movedOn = Cloud.ConnectorCalls.Last(c => c.Method == "PUT" && c.Path.EndsWith($"/activities/{live.AnsweredId}", StringComparison.Ordinal));
        Assert.Contains("Moved on", CardJson.AllText(CardJson.Card(movedOn.Body)), StringComparison.Ordinal);
        Assert.Empty(CardJson.Submits(CardJson.Card(movedOn.Body)));
        Assert.True(Cloud.LiveQuestionCards().Count <= 1);
    }

    [Fact]
    public async Task FreeTextQuestion_AnsweredInTheCardsMultilineInput_IsStoredAndTheCardShowsTheAnswer()
    {
        var user = new TeamsUser(Server, Cloud);
        await PostOkAsync(user, user.Message("screen Acme"));
        foreach (var _ in (int[])[1, 2])
        {
            var yesNo = Cloud.Posts.Last(p => CardJson.Card(p.Body) is not null);
            var yes = CardJson.Submits(CardJson.Card(yesNo.Body)).Single(s => (string?)s["data"]?["answer"] == "yes");
            await PostOkAsync(user, user.CardSubmit(yesNo.AnsweredId, yes["data"]!));
        }

        var question = Cloud.Posts.Last(p => CardJson.Card(p.Body) is not null);
        var card = CardJson.Card(question.Body)!;
        var text = Assert.Single(CardJson.Inputs(card), i => (string?)i["type"] == "Input.Text" && i["isMultiline"]?.GetValue<bool>() == true);
        var submit = Assert.Single(CardJson.Submits(card), s => s["data"]?["answer"] is null);
        var data = submit["data"]!.DeepClone().AsObject();
        data[(string)text["id"]!] = "They started as a family bakery\nin 1998";

        await PostOkAsync(user, user.CardSubmit(question.AnsweredId, data));

        var update = Cloud.ConnectorCalls.Last(c => c.Method == "PUT");
        Assert.EndsWith($"/activities/{question.AnsweredId}", update.Path, StringComparison.Ordinal);
        Assert.Contains("family bakery", CardJson.AllText(CardJson.Card(update.Body)), StringComparison.Ordinal);
        var deal = Assert.Single(await Server.Store.ListDealsAsync(user.Owner, default));
        var answer = (await Server.Store.GetAnswersAsync(user.Owner, deal.Id, default))[^1];
        Assert.Equal(("found-you", "They started as a family bakery\nin 1998"), (answer.QuestionId, answer.Value));
        var live = Cloud.LiveQuestionCards();
        Assert.True(live.Count <= 1);
        Assert.DoesNotContain(live, c => c.AnsweredId == question.AnsweredId);
    }

    /// <summary>The data a card's Submit sends once its inputs are filled the way the step answers: amount and currency, or a date.</summary>
    private static JsonObject InputsFilled(JsonNode card, QualifyStep step)
    {
        var submit = Assert.Single(CardJson.Submits(card), s => s["data"]?["answer"] is null);
        var data = submit["data"]!.DeepClone().AsObject();
        Assert.Equal(step.Text, (string?)data["question"]);
        var inputs = CardJson.Inputs(card).ToDictionary(i => (string)i["type"]! + "#" + (string)i["id"]!, i => (string)i["id"]!);
        var parts = step.Say.Split(' ');
        var amount = inputs.Where(i => i.Key.StartsWith("Input.Number#", StringComparison.Ordinal)).Select(i => i.Value).SingleOrDefault();
        var date = inputs.Where(i => i.Key.StartsWith("Input.Date#", StringComparison.Ordinal)).Select(i => i.Value).SingleOrDefault();
        if (amount is not null)
        {
            data[amount] = parts[0];
            data[inputs.Single(i => i.Key.StartsWith("Input.ChoiceSet#", StringComparison.Ordinal)).Value] = parts[1];
        }
        else
        {
            Assert.NotNull(date);
            data[date] = step.Say;
        }

        return data;
    }

    [Fact]
    public async Task ExpectReplies_StillWorksInTeamsMode_WithAValidToken()
    {
        var user = new TeamsUser(Server, Cloud);
        var activity = user.Message("qualify Acme");
        activity["deliveryMode"] = "expectReplies";

        using var response = await user.PostAsync(activity);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(body["activities"]!.AsArray(), a => CardJson.Card(a!) is not null);
        Assert.Empty(Cloud.Posts);
    }

    [Fact]
    public async Task RetriedActivity_WithTheSameId_IsProcessedOnce()
    {
        var user = new TeamsUser(Server, Cloud);
        var first = user.Message("qualify Acme");
        await PostOkAsync(user, first);
        var postsAfterFirst = Cloud.Posts.Count();

        await PostOkAsync(user, first);

        Assert.Equal(postsAfterFirst, Cloud.Posts.Count());
        Assert.Single(await Server.Store.ListDealsAsync(user.Owner, default));
    }

    [Fact]
    public async Task ChannelMessage_WithoutAMention_IsIgnored_AndWithOne_IsAnsweredWithTheMentionStripped()
    {
        var user = new TeamsUser(Server, Cloud);
        await PostOkAsync(user, user.Message("qualify Acme", "channel"));
        Assert.Empty(Cloud.Posts);

        var mentioned = user.Message("<at>SalesBot</at> deals", "channel");
        mentioned["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>SalesBot</at>",
            ["mentioned"] = new JsonObject { ["id"] = "28:" + TestTokens.AppId, ["name"] = "SalesBot" },
        });
        await PostOkAsync(user, mentioned);

        // Answered privately: the pipeline goes to the 1:1 chat, the channel only hears where to look.
        var reply = Assert.Single(Cloud.Posts, p => p.Path.StartsWith("/teams/v3/conversations/a:created-1on1/", StringComparison.Ordinal));
        Assert.Contains("No deals yet", CardJson.AllText(reply.Body), StringComparison.Ordinal);
        var pointer = Assert.Single(Cloud.Posts, p => p.Path.StartsWith($"/teams/v3/conversations/{user.ChannelConversationId}/", StringComparison.Ordinal));
        Assert.Equal("I've sent you a private message.", (string?)pointer.Body["text"]);
    }

    [Fact]
    public async Task CardButtonPressedInAChannel_CountsWithoutAMention()
    {
        var user = new TeamsUser(Server, Cloud);
        var press = user.CardSubmit("activity-1", new JsonObject { ["answer"] = "deals" });
        press["conversation"] = user.Message("x", "channel")["conversation"]!.DeepClone();

        await PostOkAsync(user, press);

        var reply = Assert.Single(Cloud.Posts, p => p.Path.StartsWith("/teams/v3/conversations/a:created-1on1/", StringComparison.Ordinal));
        Assert.Contains("No deals yet", CardJson.AllText(reply.Body), StringComparison.Ordinal);
        Assert.DoesNotContain(Cloud.Posts, p => p.Path.Contains(user.ChannelConversationId, StringComparison.Ordinal) && p.Body.ToJsonString().Contains("deals", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Install_SendsTheWelcomeAndStoresTheReference_AndUninstall_MarksTheUserUnreachable()
    {
        var user = new TeamsUser(Server, Cloud);
        var channels = Server.Services.GetRequiredService<IChannelStore>();
        await PostOkAsync(user, user.Activity("installationUpdate", new JsonObject { ["action"] = "add" }));

        Assert.Contains("SalesBot", CardJson.AllText(Assert.Single(Cloud.Posts).Body), StringComparison.Ordinal);
        var address = await channels.GetAddressAsync(user.Owner, "msteams", default);
        Assert.NotNull(address);
        Assert.True(address.Reachable);
        Assert.Equal(("en-GB", "Europe/Warsaw"), (address.Locale, address.TimeZone));
        Assert.Contains(user.AadObjectId, address.Reference, StringComparison.Ordinal);
        Assert.Contains(Cloud.ServiceUrl, address.Reference, StringComparison.Ordinal);

        await PostOkAsync(user, user.Activity("installationUpdate", new JsonObject { ["action"] = "remove" }));

        var removed = await channels.GetAddressAsync(user.Owner, "msteams", default);
        Assert.False(removed!.Reachable);
        Assert.Contains("uninstalled", removed.UnreachableReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstallInTeams_AnnouncedByConversationUpdateAndInstallationUpdate_IsWelcomedOnce()
    {
        var user = new TeamsUser(Server, Cloud);
        var added = new JsonArray(
            new JsonObject { ["id"] = user.UserId, ["aadObjectId"] = user.AadObjectId },
            new JsonObject { ["id"] = "28:" + TestTokens.AppId });

        await PostOkAsync(user, user.Activity("conversationUpdate", new JsonObject { ["membersAdded"] = added }));
        await PostOkAsync(user, user.Activity("installationUpdate", new JsonObject { ["action"] = "add" }));

        Assert.Single(Cloud.Posts);
        Assert.NotNull(await Server.Services.GetRequiredService<IChannelStore>().GetAddressAsync(user.Owner, "msteams", default));
    }

    [Fact]
    public async Task ProactiveMessage_ToAStoredReference_ArrivesInThe1on1Conversation()
    {
        var user = new TeamsUser(Server, Cloud);
        await PostOkAsync(user, user.Message("deals"));
        var before = Cloud.Posts.Count();
        var sender = Server.Services.GetRequiredService<TeamsProactiveSender>();

        var sent = await sender.SendAsync(user.Owner, "msteams", [new TextReply("Time to call Acme again.")], default);

        Assert.True(sent);
        var post = Cloud.Posts.Skip(before).Single();
        Assert.Equal($"/teams/v3/conversations/{user.ConversationId}/activities", post.Path);
        Assert.Contains("Time to call Acme again.", post.Body.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("Bearer " + FakeMicrosoftCloud.IssuedToken, post.Authorization);
    }

    [Fact]
    public async Task ProactiveMessage_ForAUserSeenOnlyInAChannel_CreatesThe1on1ConversationFirst()
    {
        var user = new TeamsUser(Server, Cloud);
        await PostOkAsync(user, user.Message("hello", "channel"));
        var sender = Server.Services.GetRequiredService<TeamsProactiveSender>();

        var sent = await sender.SendAsync(user.Owner, "msteams", [new TextReply("Prepare for tomorrow's meeting with Acme.")], default);

        Assert.True(sent);
        var create = Cloud.ConnectorCalls.Single(c => c.Path == "/teams/v3/conversations");
        Assert.Equal(user.UserId, (string?)create.Body["members"]![0]!["id"]);
        Assert.Equal(FakeMicrosoftCloud.Tenant, (string?)create.Body["tenantId"]);
        Assert.Contains(Cloud.Posts, p => p.Path == "/teams/v3/conversations/a:created-1on1/activities");
    }

    [Fact]
    public async Task ProactiveMessage_RefusedWith403_MarksTheUserUnreachableAndStopsTrying()
    {
        var user = new TeamsUser(Server, Cloud);
        await PostOkAsync(user, user.Message("deals"));
        var sender = Server.Services.GetRequiredService<TeamsProactiveSender>();
        Cloud.ConnectorFailures.Enqueue((HttpStatusCode.Forbidden, null));

        var first = await sender.SendAsync(user.Owner, "msteams", [new TextReply("Nudge")], default);
        var callsAfterFirst = Cloud.ConnectorCalls.Count;
        var second = await sender.SendAsync(user.Owner, "msteams", [new TextReply("Nudge again")], default);

        Assert.False(first);
        Assert.False(second);
        Assert.Equal(callsAfterFirst, Cloud.ConnectorCalls.Count);
        var address = await Server.Services.GetRequiredService<IChannelStore>().GetAddressAsync(user.Owner, "msteams", default);
        Assert.False(address!.Reachable);
        Assert.Contains("403", address.UnreachableReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectorThrottling_429WithRetryAfter_IsRetriedAndTheReplyArrives()
    {
        var user = new TeamsUser(Server, Cloud);
        Cloud.ConnectorFailures.Enqueue((HttpStatusCode.TooManyRequests, "0"));
        Cloud.ConnectorFailures.Enqueue((HttpStatusCode.BadGateway, null));

        // The back-off after the 502 waits on the server's clock: move it on while the turn runs.
        using var response = await Server.Clock.AdvanceUntilDoneAsync(user.PostAsync(user.Message("deals")), TimeSpan.FromMilliseconds(100));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var attempts = Cloud.Posts.ToList();
        Assert.Equal(3, attempts.Count);
        Assert.All(attempts, a => Assert.Contains("No deals yet", a.Body.ToJsonString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConnectorRetryAfter_IsWaitedOutOnTheServersClock_NotSooner()
    {
        var user = new TeamsUser(Server, Cloud);
        Cloud.ConnectorFailures.Enqueue((HttpStatusCode.TooManyRequests, "20"));

        var post = user.PostAsync(user.Message("deals"));
        for (var tries = 0; !Cloud.Posts.Any(); tries++)
        {
            Assert.True(tries < 1000, "the reply never went out");
            await Task.Delay(10);
        }

        await Task.Delay(200); // the 429 reaches the retry, which starts its wait on the server's clock
        Server.Clock.Advance(TimeSpan.FromSeconds(19));
        await Task.Delay(200);
        Assert.Single(Cloud.Posts);
        Assert.False(post.IsCompleted);

        Server.Clock.Advance(TimeSpan.FromSeconds(1));
        using var response = await post.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, Cloud.Posts.Count());
    }

    [Fact]
    public async Task MultiTenantRegistration_GetsItsTokensFromTheBotFrameworkTenant()
    {
        await using var multiTenant = TeamsServer.Start(Cloud, new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppTenantId"] = "",
        });
        var user = new TeamsUser(multiTenant, Cloud);

        await PostOkAsync(user, user.Message("deals"));

        Assert.Equal($"botframework.com client_credentials https://api.botframework.com/.default {TestTokens.AppId}", Assert.Single(Cloud.TokenRequests));
        Assert.Single(Cloud.Posts);
    }

    private static async Task PostOkAsync(TeamsUser user, JsonNode activity)
    {
        using var response = await user.PostAsync(activity);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
