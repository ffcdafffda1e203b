using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using SalesBot.Slack.Endpoints;
using SalesBot.Slack.Installs;
using SalesBot.Slack.Processing;

namespace SalesBot.Slack.Events;

/// <summary>
/// The Events API: answers url_verification, and for event_callback writes the work to the inbox before the ack — a DM or mention becomes a turn,
/// app_home_opened publishes the Home tab, app_uninstalled / tokens_revoked delete the install. Each job carries the
/// event id and, for messages, channel+ts, so retries and duplicates run once. Anything else is acknowledged and ignored.
/// </summary>
internal sealed partial class EventAcceptor(SlackInbox inbox, DirectMessages dms, TimeProvider time, ILogger<EventAcceptor> logger)
{
    public async Task<SlackAck> AcceptAsync(JsonElement body, string? retryNum, CancellationToken cancellationToken)
    {
        switch (JsonFields.Str(body, "type"))
        {
            case "url_verification":
                return JsonFields.Str(body, "challenge") is { Length: <= 1000 } challenge
                    ? SlackAck.Json(new JsonObject { ["challenge"] = challenge })
                    : SlackAck.BadRequest("url_verification without a challenge.");
            case "event_callback":
                return await CallbackAsync(body, retryNum, cancellationToken);
            default:
                return SlackAck.Ok;
        }
    }

    private async Task<SlackAck> CallbackAsync(JsonElement body, string? retryNum, CancellationToken cancellationToken)
    {
        var eventId = JsonFields.Str(body, "event_id");
        var tenant = TenantOf(body);
        if (eventId is null || tenant is null || JsonFields.Get(body, "event") is not { ValueKind: JsonValueKind.Object } ev)
        {
            return SlackAck.BadRequest("event_callback without event_id, team or event.");
        }

        if (retryNum is not null)
        {
            Log.Retry(logger, eventId, retryNum);
        }

        var job = Job(body, ev, tenant);
        if (job is null)
        {
            return SlackAck.Ok;
        }

        job = job with { ReceivedAt = time.GetUtcNow(), DeliveryIds = [$"event:{eventId}", .. job.DeliveryIds] };
        return await inbox.TryAddAsync(job, cancellationToken) ? SlackAck.Ok : SlackAck.Busy;
    }

    private SlackJob? Job(JsonElement body, JsonElement ev, SlackTenant tenant)
    {
        var user = JsonFields.Str(ev, "user");
        var channel = JsonFields.Str(ev, "channel");
        switch (JsonFields.Str(ev, "type"))
        {
            case "message" when JsonFields.Str(ev, "channel_type") == "im":
                return Message(body, ev, tenant, user, channel, SlackText.Clean(JsonFields.Str(ev, "text"), BotUserId(body)), mention: false);
            case "app_mention":
                var text = SlackText.Clean(SlackText.WithoutLeadingMention(JsonFields.Str(ev, "text")), BotUserId(body));
                return Message(body, ev, tenant, user, channel, text, mention: true);
            case "app_home_opened" when user is not null:
                return new HomeJob(tenant, user, JsonFields.Str(ev, "tab") ?? "home", channel);
            case "app_uninstalled":
                return new UninstallJob(tenant, "app_uninstalled");
            case "tokens_revoked" when JsonFields.Array(ev, "tokens", "bot") is { } bots && bots.GetArrayLength() > 0:
                return new UninstallJob(tenant, "tokens_revoked");
            default:
                return null;
        }
    }

    private TurnJob? Message(JsonElement body, JsonElement ev, SlackTenant tenant, string? user, string? channel, string text, bool mention)
    {
        var ts = JsonFields.Str(ev, "ts");
        if (user is null || channel is null || ts is null || text.Length == 0
            || JsonFields.Str(ev, "subtype") is not null || JsonFields.Str(ev, "bot_id") is not null || user == BotUserId(body))
        {
            return null;
        }

        var direct = channel.StartsWith('D');
        if (direct)
        {
            dms.Remember(tenant, user, channel);
        }

        return new TurnJob(tenant, user, text, mention ? TurnSource.Mention : TurnSource.DirectMessage)
        {
            DmChannelId = direct ? channel : null,
            OriginChannelId = direct ? null : channel,
            DeliveryIds = [$"message:{tenant.TenantId}:{channel}:{ts}"],
        };
    }

    /// <summary>The workspace, or the enterprise for an org-wide install, from the authorization the event was delivered for.</summary>
    public static SlackTenant? TenantOf(JsonElement body)
    {
        var authorization = JsonFields.Array(body, "authorizations") is { } list && list.GetArrayLength() > 0 ? list[0] : default;
        var orgWide = JsonFields.True(authorization, "is_enterprise_install") || JsonFields.True(body, "is_enterprise_install");
        return SlackTenant.From(
            JsonFields.Str(authorization, "team_id") ?? JsonFields.Str(body, "team_id"),
            JsonFields.Str(authorization, "enterprise_id") ?? JsonFields.Str(body, "enterprise_id"),
            orgWide);
    }

    private static string? BotUserId(JsonElement body) =>
        JsonFields.Array(body, "authorizations") is { } list && list.GetArrayLength() > 0 && JsonFields.True(list[0], "is_bot")
            ? JsonFields.Str(list[0], "user_id")
            : null;

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Slack retried event {EventId} (attempt {RetryNum})")]
        public static partial void Retry(ILogger logger, string eventId, string retryNum);
    }
}
