using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using SalesBot.Slack.Signing;

namespace SalesBot.Host.Tests.CrashReplay;

/// <summary>Slack's side of the Events API against an instance in another process: DM events signed at the real clock, and their retries.</summary>
public sealed class SignedSlack(string signingSecret, string teamId)
{
    private int _sequence;

    public string TeamId { get; } = teamId;

    /// <summary>A message.im event of the user in their DM, with a new event id and ts; send the same object again to retry it.</summary>
    public JsonObject DmEvent(string userId, string text)
    {
        var n = Interlocked.Increment(ref _sequence);
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) + "." + n.ToString("D6", CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["token"] = "deprecated",
            ["team_id"] = TeamId,
            ["api_app_id"] = "A0SALESBOT",
            ["type"] = "event_callback",
            ["event_id"] = $"Ev{userId}{n:D6}",
            ["event_time"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["authorizations"] = new JsonArray(new JsonObject
            {
                ["team_id"] = TeamId, ["user_id"] = "UBOTSALES", ["is_bot"] = true, ["is_enterprise_install"] = false,
            }),
            ["event"] = new JsonObject
            {
                ["type"] = "message", ["channel_type"] = "im", ["channel"] = "D" + userId, ["user"] = userId, ["text"] = text, ["ts"] = ts, ["event_ts"] = ts,
            },
        };
    }

    /// <summary>Signs and posts the event; <paramref name="attempt"/> above 0 adds Slack's retry headers (X-Slack-Retry-Num, -Reason).</summary>
    public async Task<HttpResponseMessage> PostEventAsync(HttpClient client, JsonObject callback, int attempt)
    {
        var body = callback.ToJsonString();
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/slack/events") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Content.Headers.ContentType!.CharSet = null;
        request.Headers.Add(SlackSignatureVerifier.TimestampHeader, ts);
        request.Headers.Add(SlackSignatureVerifier.SignatureHeader, SlackSignatureVerifier.Sign(signingSecret, ts, Encoding.UTF8.GetBytes(body)));
        if (attempt > 0)
        {
            request.Headers.Add("X-Slack-Retry-Num", attempt.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return await client.SendAsync(request);
    }
}
