namespace SalesBot.Core.Storage;

/// <summary>
/// One delivery of a channel (a Teams activity id within its conversation, a Slack event id, a clicked question message,
/// a signed slash command), written in the same transaction as the turn it started. A delivery counts as handled only
/// once that transaction committed; marks older than a day are forgotten.
/// </summary>
public sealed record DeliveryMark(string ChannelId, string DeliveryId, DateTimeOffset ReceivedAt);
