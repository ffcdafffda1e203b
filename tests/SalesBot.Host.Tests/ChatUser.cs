using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SalesBot.Core.Conversations;

namespace SalesBot.Host.Tests;

/// <summary>
/// One person in one conversation with the bot, speaking the Bot Framework Activity protocol over HTTP as the local chat does.
/// Ids are new per instance so tests sharing a server never see each other's data.
/// </summary>
public sealed class ChatUser(HttpClient client, string channelId = "webchat", string? conversationId = null)
{
    private int _sent;

    public string UserId { get; } = "user-" + Guid.NewGuid().ToString("N")[..8];

    public string ConversationId { get; } = conversationId ?? "conv-" + Guid.NewGuid().ToString("N")[..8];

    public string ChannelId { get; } = channelId;

    /// <summary>Who owns this user's data in the store: no tenant on the activity means "local".</summary>
    public Owner Owner => new("local", UserId);

    /// <summary>Turn.StateKey of this user in this conversation.</summary>
    public string StateKey => SalesBot.Core.Conversations.ConversationKey.For(Owner, ChannelId, ConversationId);

    /// <summary>A message activity with deliveryMode expectReplies, as the local chat page sends it.</summary>
    public JsonObject Message(string text) => Activity("message", new JsonObject { ["text"] = text, ["deliveryMode"] = "expectReplies" });

    public JsonObject Activity(string type, JsonObject? fields = null)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = $"act-{++_sent}",
            ["channelId"] = ChannelId,
            ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Pat Seller" },
            ["recipient"] = new JsonObject { ["id"] = "salesbot", ["name"] = "SalesBot" },
            ["conversation"] = new JsonObject { ["id"] = ConversationId },
            ["locale"] = "en-US",
            ["timestamp"] = "2026-11-23T09:00:00Z",
        };
        foreach (var (name, value) in fields ?? [])
        {
            activity[name] = value?.DeepClone();
        }

        return activity;
    }

    public Task<HttpResponseMessage> PostAsync(JsonNode activity) => PostRawAsync(activity.ToJsonString());

    public Task<HttpResponseMessage> PostRawAsync(string body) =>
        client.PostAsync("api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

    /// <summary>Sends a message with expectReplies and returns the activities of the response; fails on anything but 200.</summary>
    public async Task<IReadOnlyList<JsonElement>> SendAsync(string text) => await RepliesAsync(Message(text));

    public async Task<IReadOnlyList<JsonElement>> RepliesAsync(JsonNode activity)
    {
        using var response = await PostAsync(activity);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200 for {activity["type"]} '{activity["text"]}', got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("activities").EnumerateArray().Select(a => a.Clone()).ToList();
    }

    /// <summary>Reads an RFC 7807 problem body.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }
}
