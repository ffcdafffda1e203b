using SalesBot.Core.Deals;
using SalesBot.Storage.Sql;

namespace SalesBot.Storage.Rows;

/// <summary>A <c>touches</c> row (alias <c>t</c>).</summary>
internal static class TouchRow
{
    public const string Columns = "t.deal_id, t.kind, t.outcome, t.occurred_at, t.recorded_by";

    public static Touch Read(SqlRow row) => new(row.Text(0), StoreValues.Parse<TouchKind>(row.Text(1)), row.Text(2), row.Time(3), row.Text(4));
}
