using SalesBot.Slack.Installs;

namespace SalesBot.Slack.Processing;

/// <summary>app_uninstalled or tokens_revoked: forget the tenant's install.</summary>
internal sealed record UninstallJob(SlackTenant Tenant, string Reason) : SlackJob(Tenant)
{
    public override string PartitionKey => Tenant.TenantId;
}
