using SalesBot.Slack.Installs;

namespace SalesBot.Slack.Processing;

/// <summary>Open the "Start coaching" modal for the trigger of a button click (valid for three seconds).</summary>
internal sealed record OpenModalJob(SlackTenant Tenant, string UserId, string TriggerId) : SlackJob(Tenant)
{
    public override string PartitionKey => Tenant.TenantId + "|" + UserId;
}
