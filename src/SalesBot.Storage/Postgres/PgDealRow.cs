using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;

namespace SalesBot.Storage.Postgres;

internal sealed class PgDealRow
{
    public const string Columns =
        "id AS Id, tenant_id AS TenantId, user_id AS UserId, prospect AS Prospect, stage AS Stage, status AS Status, " +
        "completed_steps AS CompletedSteps, closed_reason AS ClosedReason, created_at AS CreatedAt, updated_at AS UpdatedAt, version AS Version";

    public string Id { get; init; } = "";
    public string TenantId { get; init; } = "";
    public string UserId { get; init; } = "";
    public string Prospect { get; init; } = "";
    public string Stage { get; init; } = "";
    public string Status { get; init; } = "";
    public string[] CompletedSteps { get; init; } = [];
    public string? ClosedReason { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; init; }
    public long Version { get; init; }

    public Deal ToDeal() => new(
        Id,
        new Owner(TenantId, UserId),
        Prospect,
        PostgresValues.Parse<DealLink>(Stage),
        PostgresValues.Parse<DealStatus>(Status),
        CompletedSteps,
        ClosedReason,
        PostgresValues.Time(CreatedAt),
        PostgresValues.Time(UpdatedAt),
        Version);
}
