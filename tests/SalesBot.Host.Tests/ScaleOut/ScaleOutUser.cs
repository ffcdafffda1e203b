using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SalesBot.Host.Tests.ScaleOut;

/// <summary>
/// One person in one conversation, speaking the Activity protocol with expectReplies; each turn goes to whichever
/// instance the test names, as a load balancer without sticky sessions would send it.
/// </summary>
public sealed class ScaleOutUser(string channelId = "webchat", Uri? serviceUrl = null)
{
    private int _sent;

    public string UserId { get; } = "user-" + Guid.NewGuid().ToString("N")[..10];

    public string ConversationId { get; } = "conv-" + Guid.NewGuid().ToString("N")[..10];

    public string ChannelId { get; } = channelId;

    /// <summary>A message activity with a new id; with a service URL, a Teams-like personal chat the bot can reach proactively.</summary>
    public JsonObject Message(string text)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = $"act-{Interlocked.Increment(ref _sent)}",
            ["channelId"] = ChannelId,
            ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Pat Seller" },
            ["recipient"] = new JsonObject { ["id"] = "salesbot", ["name"] = "SalesBot" },
            ["conversation"] = new JsonObject { ["id"] = ConversationId, ["conversationType"] = "personal" },
            ["locale"] = "en-US",
            ["text"] = text,
            ["deliveryMode"] = "expectReplies",
        };
        if (serviceUrl is not null)
        {
            activity["serviceUrl"] = serviceUrl.ToString();
        }

        return activity;
    }

    public Task<IReadOnlyList<string>> SendAsync(HostProcess host, string text) => PostAsync(host, Message(text));

    /// <summary>Posts the activity and returns the texts of the replies; fails on anything but 200 or on an apology.</summary>
    public async Task<IReadOnlyList<string>> PostAsync(HostProcess host, JsonObject activity)
    {
        using var response = await host.Client.PostAsync(
            "api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(
            response.StatusCode == HttpStatusCode.OK,
            $"{host.Name} answered {(int)response.StatusCode} to '{activity["text"]}' of {UserId}: {body}\n{host.Tail()}");
        using var document = JsonDocument.Parse(body);
        var texts = document.RootElement.GetProperty("activities").EnumerateArray()
            .Select(reply => reply.TryGetProperty("text", out var text) ? text.GetString() ?? "" : "")
            .ToList();
        Assert.DoesNotContain(texts, text => text.Contains("something went wrong", StringComparison.OrdinalIgnoreCase));
        return texts;
    }
}
