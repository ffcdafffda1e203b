using System.Text.Json;
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
    public string ChannelId => SlackChannel.Id;

    public async Task<NudgeDelivery> SendAsync(ChannelAddress address, NudgeReply nudge, CancellationToken cancellationToken)
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
            return NudgeDelivery.Unreachable("the stored Slack address is incomplete");
        }

        var tenant = new SlackTenant(address.Owner.TenantId, teamId, enterpriseId);
        if (await installs.FindAsync(tenant, cancellationToken) is not { } install)
        {
            return NudgeDelivery.Unreachable("SalesBot is no longer installed in this Slack workspace");
        }

        try
        {
            var dm = await api.OpenDmAsync(install.BotToken, userId, cancellationToken);
            foreach (var message in ReplyRenderer.Render(nudge))
            {
                await api.PostMessageAsync(install.BotToken, dm, message, cancellationToken);
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
        catch (HttpRequestException ex)
        {
            return NudgeDelivery.Failed(ex.StatusCode is { } status ? $"HTTP {(int)status}" : "Slack could not be reached");
        }
    }
}
