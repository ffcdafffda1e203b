using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SalesBot.Core.Conversations;
using SalesBot.Slack.Signing;

namespace SalesBot.Host.Tests.Slack;

/// <summary>
/// One Slack user in one workspace, speaking to SalesBot the way Slack does: signed slash commands, Events API callbacks
/// and interaction payloads, with fresh event ids and message timestamps.
/// </summary>
public sealed class SlackUser(SlackHost host, string teamId, string userId)
{
    private static int _sequence;

    public string TeamId { get; } = teamId;

    public string UserId { get; } = userId;

    /// <summary>The user's DM with the bot, as the fake Slack opens it.</summary>
    public string Dm => FakeSlack.DmOf(UserId);

    public Owner Owner => new(TeamId, UserId);

    public Task<HttpResponseMessage> CommandAsync(string text, string? channel = null, Uri? responseUrl = null)
    {
        var form = new Dictionary<string, string>
        {
            ["token"] = "deprecated-verification-token",
            ["team_id"] = TeamId,
            ["team_domain"] = "acme-sales",
            ["channel_id"] = channel ?? Dm,
            ["channel_name"] = channel is null ? "directmessage" : "sales",
            ["user_id"] = UserId,
            ["user_name"] = "pat",
            ["command"] = "/salesbot",
            ["text"] = text,
            ["api_app_id"] = "A0SALESBOT",
            ["is_enterprise_install"] = "false",
            ["response_url"] = (responseUrl ?? host.Slack.ResponseUrl()).ToString(),
            ["trigger_id"] = $"{Next()}.{Next()}.trigger",
        };
        return PostAsync("api/slack/commands", Form(form), "application/x-www-form-urlencoded");
    }

    /// <summary>A message.im event in the user's DM; returns the event body so a test can send it again (a retry).</summary>
    public JsonObject DmEvent(string text) => Callback(new JsonObject
    {
        ["type"] = "message",
        ["channel_type"] = "im",
        ["channel"] = Dm,
        ["user"] = UserId,
        ["text"] = text,
        ["ts"] = Ts(),
        ["event_ts"] = Ts(),
    });

    public Task<HttpResponseMessage> DmAsync(string text) => EventAsync(DmEvent(text));

    public JsonObject Callback(JsonObject ev) => new()
    {
        ["token"] = "deprecated",
        ["team_id"] = TeamId,
        ["api_app_id"] = "A0SALESBOT",
        ["type"] = "event_callback",
        ["event_id"] = "Ev" + Next(),
        ["event_time"] = host.Clock.GetUtcNow().ToUnixTimeSeconds(),
        ["authorizations"] = new JsonArray(new JsonObject
        {
            ["enterprise_id"] = null, ["team_id"] = TeamId, ["user_id"] = "UBOTSALES", ["is_bot"] = true, ["is_enterprise_install"] = false,
        }),
        ["is_ext_shared_channel"] = false,
        ["event"] = ev,
    };

    public Task<HttpResponseMessage> EventAsync(JsonObject callback, string? retryNum = null) =>
        PostAsync("api/slack/events", callback.ToJsonString(), "application/json", retryNum);

    /// <summary>
    /// Fills the inputs of a question message and presses its Submit button: Slack sends the inputs' values in state.values
    /// (block id → action id → value), as <paramref name="values"/> gives them.
    /// </summary>
    public Task<HttpResponseMessage> SubmitAsync(FakeSlackCall message, JsonObject values) => ClickAsync(message, "submit", values);

    /// <summary>Presses the button with <paramref name="value"/> on a message the bot posted (as Slack sends it back: the message with its blocks).</summary>
    public Task<HttpResponseMessage> ClickAsync(FakeSlackCall message, string value, JsonObject? values = null)
    {
        var button = message.Buttons.Single(b => b["value"]!.GetValue<string>() == value);
        var payload = Interaction(button, new JsonObject
        {
            ["type"] = "message",
            ["message_ts"] = message.Ts,
            ["channel_id"] = message.Channel,
            ["is_ephemeral"] = false,
        });
        payload["channel"] = new JsonObject { ["id"] = message.Channel, ["name"] = "directmessage" };
        payload["message"] = new JsonObject
        {
            ["type"] = "message", ["ts"] = message.Ts, ["bot_id"] = "BSALES", ["text"] = message.Str("text"), ["blocks"] = message.Blocks.DeepClone(),
        };
        payload["state"] = new JsonObject { ["values"] = values?.DeepClone() ?? new JsonObject() };
        return InteractAsync(payload);
    }

    /// <summary>Presses a button on the App Home tab.</summary>
    public Task<HttpResponseMessage> ClickHomeAsync(string actionId, string value) => InteractAsync(Interaction(
        new JsonObject { ["action_id"] = actionId, ["block_id"] = "b", ["type"] = "button", ["value"] = value, ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = value } },
        new JsonObject { ["type"] = "view", ["view_id"] = "V1" }));

    public JsonObject Interaction(JsonObject button, JsonObject container) => new()
    {
        ["type"] = "block_actions",
        ["user"] = new JsonObject { ["id"] = UserId, ["username"] = "pat", ["team_id"] = TeamId },
        ["api_app_id"] = "A0SALESBOT",
        ["token"] = "deprecated",
        ["container"] = container,
        ["trigger_id"] = $"{Next()}.trigger",
        ["team"] = new JsonObject { ["id"] = TeamId, ["domain"] = "acme-sales" },
        ["enterprise"] = null,
        ["is_enterprise_install"] = false,
        ["response_url"] = host.Slack.ResponseUrl().ToString(),
        ["actions"] = new JsonArray(new JsonObject
        {
            ["action_id"] = button["action_id"]!.GetValue<string>(),
            ["block_id"] = "answers",
            ["text"] = button["text"]!.DeepClone(),
            ["value"] = button["value"]!.GetValue<string>(),
            ["type"] = "button",
            ["action_ts"] = Ts(),
        }),
    };

    public Task<HttpResponseMessage> InteractAsync(JsonObject payload) =>
        PostAsync("api/slack/interactions", Form(new Dictionary<string, string> { ["payload"] = payload.ToJsonString() }), "application/x-www-form-urlencoded");

    public Task<HttpResponseMessage> HomeOpenedAsync(string tab = "home") => EventAsync(Callback(new JsonObject
    {
        ["type"] = "app_home_opened", ["user"] = UserId, ["channel"] = Dm, ["tab"] = tab, ["event_ts"] = Ts(),
    }));

    /// <summary>POSTs a body signed with the signing secret at the host's clock, as Slack does.</summary>
    public Task<HttpResponseMessage> PostAsync(string path, string body, string contentType, string? retryNum = null, string secret = SlackHost.SigningSecret) =>
        SignedPost(host, path, body, contentType, retryNum, secret);

    public static async Task<HttpResponseMessage> SignedPost(SlackHost host, string path, string body, string contentType, string? retryNum = null, string secret = SlackHost.SigningSecret)
    {
        var ts = host.Clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        request.Content.Headers.ContentType!.CharSet = null;
        request.Headers.Add(SlackSignatureVerifier.TimestampHeader, ts);
        request.Headers.Add(SlackSignatureVerifier.SignatureHeader, SlackSignatureVerifier.Sign(secret, ts, Encoding.UTF8.GetBytes(body)));
        if (retryNum is not null)
        {
            request.Headers.Add("X-Slack-Retry-Num", retryNum);
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return await host.Client.SendAsync(request);
    }

    public static string Form(IReadOnlyDictionary<string, string> fields) =>
        string.Join('&', fields.Select(f => WebUtility.UrlEncode(f.Key) + "=" + WebUtility.UrlEncode(f.Value)));

    private string Ts() => host.Clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) + "." + Next().ToString("D6", CultureInfo.InvariantCulture);

    private static int Next() => Interlocked.Increment(ref _sequence);
}
