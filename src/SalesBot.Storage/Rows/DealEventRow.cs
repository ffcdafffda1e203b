using SalesBot.Core.Deals;
using SalesBot.Storage.Sql;

namespace SalesBot.Storage.Rows;

/// <summary>A <c>deal_events</c> row (alias <c>e</c>).</summary>
internal static class DealEventRow
{
    public const string Columns = "e.deal_id, e.kind, e.detail, e.occurred_at, e.recorded_by";

    public static DealEvent Read(SqlRow row) => new(row.Text(0), row.Text(1), row.Text(2), row.Time(3), row.Text(4));
}
