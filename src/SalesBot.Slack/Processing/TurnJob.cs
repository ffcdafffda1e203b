using SalesBot.Slack.Installs;

namespace SalesBot.Slack.Processing;

/// <summary>Text for the turn pipeline from one user, coached in their DM with the bot.</summary>
/// <param name="DmChannelId">The DM, when the request came from it (message.im); otherwise it is opened.</param>
/// <param name="OriginChannelId">Where a slash command or mention was used, when that may not be the DM.</param>
internal sealed record TurnJob(SlackTenant Tenant, string UserId, string Text, TurnSource Source) : SlackJob(Tenant)
{
    public override string PartitionKey => Tenant.TenantId + "|" + UserId;

    public string? DmChannelId { get; init; }

    public string? OriginChannelId { get; init; }

    /// <summary>The acknowledgement already told the user that coaching happens in the DM.</summary>
    public bool RedirectAcknowledged { get; init; }

    public Uri? ResponseUrl { get; init; }

    public ClickedMessage? Clicked { get; init; }

    public string? UserName { get; init; }
}
