using SalesBot.Slack.Installs;

namespace SalesBot.Slack.Processing;

/// <summary>The user opened the app's Home tab ("home": publish the pipeline) or Messages tab ("messages": welcome on first visit).</summary>
internal sealed record HomeJob(SlackTenant Tenant, string UserId, string Tab, string? ChannelId) : SlackJob(Tenant)
{
    public override string PartitionKey => Tenant.TenantId + "|" + UserId;
}
