namespace SalesBot.Core.Conversations;

/// <summary>One incoming message, mapped by a channel adapter to a channel-neutral shape.</summary>
public sealed record Turn
{
    /// <summary>The channel the turn came from: "msteams", "slack", "webchat", "emulator", ...</summary>
    public required string ChannelId { get; init; }

    /// <summary>The channel's id of the conversation (1:1 chat, DM, channel).</summary>
    public required string ConversationId { get; init; }

    public required Owner Owner { get; init; }

    public string? UserName { get; init; }

    /// <summary>What the user typed (mentions already stripped), or the value of a pressed button.</summary>
    public string Text { get; init; } = "";

    public string? Locale { get; init; }

    /// <summary>The user's IANA time zone when the channel tells it (Teams localTimezone, Slack users.info tz).</summary>
    public string? TimeZone { get; init; }

    /// <summary>True in channels and group chats, where coaching must stay private.</summary>
    public bool IsSharedConversation { get; init; }

    /// <summary>
    /// The shared conversation (a channel, a group chat) where the user typed a command that is answered privately here:
    /// the only place an explicit <see cref="ShareReply"/> may be posted. Null when the user wrote in the private chat.
    /// </summary>
    public string? OriginConversationId { get; init; }

    /// <summary>
    /// The channel's ids of this delivery (activity id, event id, ...): committed with the turn, so a retry after the commit
    /// does nothing and a retry after a turn that did not commit runs it. Empty when the channel gives none.
    /// </summary>
    public IReadOnlyList<string> DeliveryIds { get; init; } = [];

    /// <summary>The user's address on this channel to save with the turn (new or changed); null when nothing changed.</summary>
    public Channels.ChannelAddress? Address { get; init; }

    /// <summary>The key under which the dialog stack of this user in this conversation is kept (<see cref="ConversationKey"/>).</summary>
    public string StateKey => ConversationKey.For(Owner, ChannelId, ConversationId);

    /// <summary>The name to record as the author of answers.</summary>
    public string Author => string.IsNullOrWhiteSpace(UserName) ? Owner.UserId : UserName!;
}
