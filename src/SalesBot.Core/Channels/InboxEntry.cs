namespace SalesBot.Core.Channels;

/// <summary>
/// A request a channel acknowledged before its work ran, as it is written to the inbox. Entries with the same
/// <see cref="PartitionKey"/> (one user) are handed out one at a time, oldest first.
/// </summary>
/// <param name="Payload">The work, serialized by the channel that wrote it.</param>
public sealed record InboxEntry(string ChannelId, string PartitionKey, string Payload, DateTimeOffset ReceivedAt)
{
    /// <summary>
    /// A delivery id (event id, signature): while an entry with the same key is still in the inbox, another one is not added.
    /// Null for none.
    /// </summary>
    public string? DedupeKey { get; init; }
}
