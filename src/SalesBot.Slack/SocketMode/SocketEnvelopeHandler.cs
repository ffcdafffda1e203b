using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SalesBot.Slack.Commands;
using SalesBot.Slack.Endpoints;
using SalesBot.Slack.Events;
using SalesBot.Slack.Interactivity;

namespace SalesBot.Slack.SocketMode;

/// <summary>
/// One Socket Mode envelope → the same acceptors the HTTP endpoints use (the work is in the inbox before the ack) → the
/// ack: {"envelope_id"} plus, where Slack accepts one, the response payload (a slash command's ephemeral answer, a modal's
/// errors). When the work could not be written, the envelope is not acked (null), so Slack sends it again.
/// </summary>
internal sealed class SocketEnvelopeHandler(CommandAcceptor commands, EventAcceptor events, InteractionAcceptor interactions)
{
    public async Task<JsonObject?> HandleAsync(JsonElement envelope, CancellationToken cancellationToken)
    {
        if (JsonFields.Str(envelope, "envelope_id") is not { } id)
        {
            return null;
        }

        var payload = JsonFields.Get(envelope, "payload") is { ValueKind: JsonValueKind.Object } p ? p : default;
        SlackAck? ack = null;
        if (payload.ValueKind == JsonValueKind.Object)
        {
            ack = JsonFields.Str(envelope, "type") switch
            {
                "events_api" => await events.AcceptAsync(payload, RetryNum(envelope), cancellationToken),
                "slash_commands" => await commands.AcceptAsync(SlashCommand.FromJson(payload), null, cancellationToken),
                "interactive" => await interactions.AcceptAsync(payload, null, cancellationToken),
                _ => null,
            };
        }

        if (ack is { StatusCode: 503 })
        {
            return null;
        }

        var reply = new JsonObject { ["envelope_id"] = id };
        if (ack is { StatusCode: 200, Body: { } body } && JsonFields.True(envelope, "accepts_response_payload"))
        {
            reply["payload"] = body.DeepClone();
        }

        return reply;
    }

    private static string? RetryNum(JsonElement envelope) =>
        JsonFields.Get(envelope, "retry_attempt") is { ValueKind: JsonValueKind.Number } n && n.TryGetInt32(out var attempt) && attempt > 0
            ? attempt.ToString(CultureInfo.InvariantCulture)
            : null;
}
