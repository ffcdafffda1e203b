using SalesBot.Core.Conversations;

namespace SalesBot.Core.Channels;

/// <summary>
/// The question message a conversation has live (with buttons or inputs), as the channel posted it: the only one an answer
/// button may answer, and the one that turns into its answered form when the user answers or moves on.
/// </summary>
/// <param name="ConversationId">The channel's key for the conversation the question lives in.</param>
/// <param name="MessageId">The channel's id of the posted message (Slack ts, Teams activity id).</param>
/// <param name="Body">What the channel needs to redraw it answered, serialized by the channel.</param>
public sealed record LiveQuestion(Owner Owner, string ChannelId, string ConversationId, string MessageId, string Body, DateTimeOffset PostedAt);
