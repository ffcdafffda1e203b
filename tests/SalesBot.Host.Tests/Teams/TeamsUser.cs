using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using SalesBot.Core.Conversations;

namespace SalesBot.Host.Tests.Teams;

/// <summary>A Teams user as the Bot Connector presents them: activities with tenant, aadObjectId and a signed bearer token.</summary>
internal sealed class TeamsUser(SalesBotServer server, FakeMicrosoftCloud cloud, string tenant = FakeMicrosoftCloud.Tenant)
{
    private int _sent;

    public string UserId { get; private init; } = "29:" + Guid.NewGuid().ToString("N")[..10];

    public string AadObjectId { get; private init; } = Guid.NewGuid().ToString();

    public string ConversationId { get; private init; } = "a:" + Guid.NewGuid().ToString("N")[..12];

    public string Tenant => tenant;

    /// <summary>The locale Teams sends on every activity of this user.</summary>
    public string Locale { get; init; } = "en-GB";

    /// <summary>The same person in the same chat, talking to another server (a restarted or second instance); activity ids go on.</summary>
    public TeamsUser On(SalesBotServer other) =>
        new(other, cloud, tenant) { UserId = UserId, AadObjectId = AadObjectId, ConversationId = ConversationId, _sent = _sent + 1000 };

    public Owner Owner => new(tenant, AadObjectId);

    public string StateKey => SalesBot.Core.Conversations.ConversationKey.For(new(tenant, AadObjectId), "msteams", ConversationId);

    public string ChannelConversationId => "19:channel-" + ConversationId;

    /// <summary>A message in a team channel that @mentions the bot, as Teams sends it.</summary>
    public JsonObject ChannelMention(string text)
    {
        var activity = Message($"<at>SalesBot</at> {text}", "channel");
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>SalesBot</at>",
            ["mentioned"] = new JsonObject { ["id"] = "28:" + TestTokens.AppId, ["name"] = "SalesBot" },
        });
        return activity;
    }

    public JsonObject Message(string text, string conversationType = "personal") => Activity("message", new JsonObject
    {
        ["text"] = text,
        ["conversation"] = Conversation(conversationType),
    });

    /// <summary>What Teams sends when an Action.Submit button of a card the bot sent is pressed.</summary>
    public JsonObject CardSubmit(string cardActivityId, JsonNode data) => Activity("message", new JsonObject
    {
        ["replyToId"] = cardActivityId,
        ["value"] = data.DeepClone(),
    });

    public JsonObject Activity(string type, JsonObject? fields = null)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = $"teams-{UserId}-{++_sent}",
            ["channelId"] = "msteams",
            ["serviceUrl"] = cloud.ServiceUrl,
            ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Pat Seller", ["aadObjectId"] = AadObjectId },
            ["recipient"] = new JsonObject { ["id"] = "28:" + TestTokens.AppId, ["name"] = "SalesBot" },
            ["conversation"] = Conversation("personal"),
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant } },
            ["locale"] = Locale,
            ["localTimezone"] = "Europe/Warsaw",
        };
        foreach (var (name, value) in fields ?? [])
        {
            activity[name] = value?.DeepClone();
        }

        return activity;
    }

    public string ValidToken() => TestTokens.Create(cloud.TeamsKey, server.Clock.GetUtcNow(), cloud.ServiceUrl);

    public Task<HttpResponseMessage> PostAsync(JsonNode activity, string? authorization = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        authorization ??= "Bearer " + ValidToken();
        if (authorization.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return server.Client.SendAsync(request);
    }

    private JsonObject Conversation(string conversationType) => new()
    {
        ["id"] = conversationType == "personal" ? ConversationId : ChannelConversationId,
        ["conversationType"] = conversationType,
        ["isGroup"] = conversationType != "personal",
        ["tenantId"] = tenant,
    };

    public static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);
}
