using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;
using SalesBot.Storage.Sql;

namespace SalesBot.Storage.Rows;

/// <summary>A <c>deals</c> row: <see cref="Columns"/> selected, read back by position.</summary>
internal static class DealRow
{
    public const string Columns = "id, tenant_id, user_id, prospect, stage, status, completed_steps, closed_reason, created_at, updated_at, version";

    public static Deal Read(SqlRow row) => new(
        row.Text(0),
        new Owner(row.Text(1), row.Text(2)),
        row.Text(3),
        StoreValues.Parse<DealLink>(row.Text(4)),
        StoreValues.Parse<DealStatus>(row.Text(5)),
        row.Strings(6),
        row.TextOrNull(7),
        row.Time(8),
        row.Time(9),
        row.Long(10));

    /// <summary>The parameters of an insert or a versioned update of <paramref name="deal"/>.</summary>
    public static (string, object?)[] Args(Deal deal) =>
    [
        ("@Id", deal.Id),
        ("@TenantId", deal.Owner.TenantId),
        ("@UserId", deal.Owner.UserId),
        ("@Prospect", deal.Prospect),
        ("@Stage", StoreValues.Name(deal.Stage)),
        ("@Status", StoreValues.Name(deal.Status)),
        ("@CompletedSteps", deal.CompletedSteps.ToArray()),
        ("@ClosedReason", deal.ClosedReason),
        ("@CreatedAt", deal.CreatedAt),
        ("@UpdatedAt", deal.UpdatedAt),
        ("@Version", deal.Version),
    ];
}
