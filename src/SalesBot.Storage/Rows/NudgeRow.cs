using SalesBot.Core.Conversations;
using SalesBot.Core.Nudges;
using SalesBot.Storage.Sql;

namespace SalesBot.Storage.Rows;

/// <summary>A <c>nudges</c> row.</summary>
internal static class NudgeRow
{
    public const string Columns = "id, tenant_id, user_id, deal_id, kind, due_at, state, snoozed, attempts, created_at, sent_at, note, sending_at";

    public static Nudge Read(SqlRow row) => new(
        row.Text(0),
        new Owner(row.Text(1), row.Text(2)),
        row.Text(3),
        StoreValues.Parse<NudgeKind>(row.Text(4)),
        row.Time(5),
        row.Time(9))
    {
        State = StoreValues.Parse<NudgeState>(row.Text(6)),
        Snoozed = row.Bool(7),
        Attempts = row.Int(8),
        SentAt = row.TimeOrNull(10),
        Note = row.TextOrNull(11),
        SendingAt = row.TimeOrNull(12),
    };
}
