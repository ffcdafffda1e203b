using SalesBot.Core.Channels;
using SalesBot.Storage.Sql;

namespace SalesBot.Storage.Rows;

/// <summary>An <c>inbox</c> row.</summary>
internal static class InboxRow
{
    public const string Columns = "seq, channel_id, partition_key, payload, received_at, attempts";

    public static InboxItem Read(SqlRow row) => new(row.Long(0), row.Text(1), row.Text(2), row.Text(3), row.Time(4), row.Int(5));
}
