using System.Text.Json;
using System.Text.Json.Nodes;
using SalesBot.Core.Channels;
using SalesBot.Core.Conversations;
using SalesBot.Core.Nudges;
using SalesBot.Slack.BlockKit;
using SalesBot.Slack.Installs;
using SalesBot.Slack.WebApi;

namespace SalesBot.Slack.Processing;

/// <summary>
/// Sends nudges to Slack users: conversations.open for the DM with the user, then chat.postMessage with the nudge's
/// blocks. A revoked token, an uninstalled app or a deactivated user is "unreachable"; throttling and server errors are
/// passing failures the dispatcher retries.
/// </summary>
internal sealed class SlackNudgeChannel(ISlackApi api, SlackInstalls installs) : INudgeChannel
{
    /// <summary>The metadata event type every nudge message carries, with the nudge ids in its payload.</summary>
    public const string MetadataEvent = "salesbot_nudge";

    public string ChannelId => SlackChannel.Id;

    public async Task<NudgeDelivery> SendAsync(ChannelAddress address, NudgeReply nudge, CancellationToken cancellationToken)
    {
        var (found, problem) = await ResolveAsync(address, cancellationToken);
        if (found is not var (install, userId))
        {
            return NudgeDelivery.Unreachable(problem!);
        }

        var metadata = new JsonObject
        {
            ["event_type"] = MetadataEvent,
            ["event_payload"] = new JsonObject { ["nudge_ids"] = string.Join(" ", nudge.NudgeIds) },
        };
        try
        {
            var dm = await api.OpenDmAsync(install.BotToken, userId, cancellationToken);
            foreach (var message in ReplyRenderer.Render(nudge))
            {
                await api.PostMessageAsync(install.BotToken, dm, message with { Metadata = metadata }, cancellationToken);
            }

            return NudgeDelivery.Delivered;
        }
        catch (SlackApiException ex) when (ex.IsUserUnreachable)
        {
            return NudgeDelivery.Unreachable($"Slack said {ex.Error}");
        }
        catch (SlackApiException ex)
        {
            return NudgeDelivery.Failed($"Slack said {ex.Error}");
        }
        catch (HttpRequestException ex) when (ex.StatusCode is { } status)
        {
            return NudgeDelivery.Failed($"HTTP {(int)status}");
        }
        catch (HttpRequestException)
        {
            // No answer: the request may have reached Slack before the connection broke.
            return NudgeDelivery.Uncertain("Slack could not be reached");
        }
    }

    /// <summary>The nudge ids found in the metadata of the bot's messages in the user's DM since <paramref name="since"/>.</summary>
    public async Task<IReadOnlySet<string>?> FindDeliveredAsync(
        ChannelAddress address, IReadOnlyCollection<string> nudgeIds, DateTimeOffset since, CancellationToken cancellationToken)
    {
        if (await ResolveAsync(address, cancellationToken) is not ({ } found, _))
        {
            return null;
        }

        try
        {
            var dm = await api.OpenDmAsync(found.Install.BotToken, found.UserId, cancellationToken);
            var payloads = await api.MetadataSinceAsync(found.Install.BotToken, dm, MetadataEvent, since - TimeSpan.FromMinutes(1), cancellationToken);
            var sent = payloads
                .SelectMany(p => JsonFields.Str(p, "nudge_ids")?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [])
                .ToHashSet(StringComparer.Ordinal);
            return nudgeIds.Where(sent.Contains).ToHashSet(StringComparer.Ordinal);
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException)
        {
            return null;
        }
    }

    private async Task<((SlackInstallation Install, string UserId)? Found, string? Problem)> ResolveAsync(ChannelAddress address, CancellationToken cancellationToken)
    {
        string? teamId = null, userId = null, enterpriseId = null;
        try
        {
            using var reference = JsonDocument.Parse(address.Reference);
            teamId = JsonFields.Str(reference.RootElement, "team_id");
            userId = JsonFields.Str(reference.RootElement, "user_id");
            enterpriseId = JsonFields.Str(reference.RootElement, "enterprise_id");
        }
        catch (JsonException)
        {
        }

        if (userId is null)
        {
            return (null, "the stored Slack address is incomplete");
        }

        var tenant = new SlackTenant(address.Owner.TenantId, teamId, enterpriseId);
        return await installs.FindAsync(tenant, cancellationToken) is { } install
            ? ((install, userId), null)
            : (null, "SalesBot is no longer installed in this Slack workspace");
    }
}
