using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;

namespace SalesBot.Storage.Sqlite;

internal sealed class DealRow
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
    public string CompletedSteps { get; init; } = "[]";
    public string? ClosedReason { get; init; }
    public long CreatedAt { get; init; }
    public long UpdatedAt { get; init; }
    public long Version { get; init; }

    public Deal ToDeal() => new(
        Id,
        new Owner(TenantId, UserId),
        Prospect,
        SqliteValues.Parse<DealLink>(Stage),
        SqliteValues.Parse<DealStatus>(Status),
        SqliteValues.Steps(CompletedSteps),
        ClosedReason,
        SqliteValues.Time(CreatedAt),
        SqliteValues.Time(UpdatedAt),
        Version);
}
