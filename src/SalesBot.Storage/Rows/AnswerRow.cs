using SalesBot.Core.Deals;
using SalesBot.Storage.Sql;

namespace SalesBot.Storage.Rows;

/// <summary>An <c>answers</c> row (alias <c>a</c>).</summary>
internal static class AnswerRow
{
    public const string Columns = "a.deal_id, a.step_id, a.question_id, a.version, a.value, a.note, a.recorded_at, a.recorded_by";

    public static Answer Read(SqlRow row) =>
        new(row.Text(0), row.Text(1), row.Text(2), row.Int(3), row.Text(4), row.TextOrNull(5), row.Time(6), row.Text(7));
}
