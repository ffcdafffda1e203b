using SalesBot.Core.Conversations;

namespace SalesBot.Core.Storage;

/// <summary>What a turn reads before its dialogs run: the conversation's stored stack, and the owner's profile and deals.</summary>
/// <param name="ConversationKey">The conversation's state key.</param>
/// <param name="Owner">Whose profile and deals.</param>
/// <param name="ChannelId">The channel of <paramref name="DeliveryIds"/>.</param>
/// <param name="DeliveryIds">The delivery's ids, checked as <see cref="ISalesBotStore.IsDeliveredAsync"/> does (none: not checked).</param>
/// <param name="Now">The turn's time, for the delivery check's memory span.</param>
public sealed record TurnStartRead(string ConversationKey, Owner Owner, string ChannelId, IReadOnlyList<string> DeliveryIds, DateTimeOffset Now);
