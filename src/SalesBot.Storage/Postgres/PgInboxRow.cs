using SalesBot.Core.Channels;

namespace SalesBot.Storage.Postgres;

internal sealed class PgInboxRow
{
    public const string Columns =
        "seq AS Seq, channel_id AS ChannelId, partition_key AS PartitionKey, payload AS Payload, received_at AS ReceivedAt, attempts AS Attempts";

    public long Seq { get; set; }

    public string ChannelId { get; set; } = "";

    public string PartitionKey { get; set; } = "";

    public string Payload { get; set; } = "";

    public DateTime ReceivedAt { get; set; }

    public int Attempts { get; set; }

    public InboxItem ToItem() => new(Seq, ChannelId, PartitionKey, Payload, PostgresValues.Time(ReceivedAt), Attempts);
}
