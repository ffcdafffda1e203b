using SalesBot.Core.Channels;

namespace SalesBot.Storage.Sqlite;

internal sealed class InboxRow
{
    public const string Columns =
        "seq AS Seq, channel_id AS ChannelId, partition_key AS PartitionKey, payload AS Payload, received_at AS ReceivedAt, attempts AS Attempts";

    public long Seq { get; set; }

    public string ChannelId { get; set; } = "";

    public string PartitionKey { get; set; } = "";

    public string Payload { get; set; } = "";

    public long ReceivedAt { get; set; }

    public long Attempts { get; set; }

    public InboxItem ToItem() => new(Seq, ChannelId, PartitionKey, Payload, SqliteValues.Time(ReceivedAt), (int)Attempts);
}
