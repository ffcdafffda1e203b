namespace SalesBot.Slack.Installs;

/// <summary>
/// Whose data it is on Slack: the workspace (team) or, for an org-wide install, the enterprise. <see cref="TenantId"/>
/// becomes <c>Owner.TenantId</c> and the key of the install.
/// </summary>
internal sealed record SlackTenant(string TenantId, string? TeamId, string? EnterpriseId)
{
    public static SlackTenant? From(string? teamId, string? enterpriseId, bool enterpriseInstall)
    {
        teamId = Clean(teamId);
        enterpriseId = Clean(enterpriseId);
        var tenant = enterpriseInstall && enterpriseId is not null ? enterpriseId : teamId ?? enterpriseId;
        return tenant is null ? null : new SlackTenant(tenant, teamId, enterpriseId);
    }

    private static string? Clean(string? id) => string.IsNullOrWhiteSpace(id) || id.Length > 64 ? null : id.Trim();
}
