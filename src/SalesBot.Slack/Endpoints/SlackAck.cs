using System.Text.Json.Nodes;

namespace SalesBot.Slack.Endpoints;

/// <summary>The immediate answer to Slack: an HTTP status and an optional JSON body (over HTTP), or the ack payload (Socket Mode).</summary>
internal sealed record SlackAck(int StatusCode, JsonObject? Body)
{
    public static SlackAck Ok { get; } = new(200, null);

    public static SlackAck Json(JsonObject body) => new(200, body);

    public static SlackAck BadRequest(string detail) => new(400, new JsonObject { ["error"] = detail });

    public static SlackAck Busy { get; } = new(503, new JsonObject { ["error"] = "SalesBot is busy; try again in a moment." });
}
