namespace SalesBot.Core.Channels;

/// <summary>An inbox entry claimed for processing: <see cref="Seq"/> orders the inbox; <see cref="Attempts"/> counts claims, this one included.</summary>
public sealed record InboxItem(long Seq, string ChannelId, string PartitionKey, string Payload, DateTimeOffset ReceivedAt, int Attempts);
