namespace SalesBot.Core.Conversations;

/// <summary>Who owns a piece of data: a tenant (Teams tenant, Slack team, or "local") and a user in it.</summary>
public readonly record struct Owner(string TenantId, string UserId)
{
    public override string ToString() => $"{TenantId}/{UserId}";
}
