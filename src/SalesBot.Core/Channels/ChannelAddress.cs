using SalesBot.Core.Conversations;

namespace SalesBot.Core.Channels;

/// <summary>
/// Where a user can be reached proactively on one channel: for Teams the stored ConversationReference,
/// for Slack the team and user (the DM is opened on send). <paramref name="Reference"/> is the channel's own JSON.
/// </summary>
public sealed record ChannelAddress(
    Owner Owner,
    string ChannelId,
    string Reference,
    string? Locale,
    string? TimeZone,
    bool Reachable,
    string? UnreachableReason,
    DateTimeOffset UpdatedAt);
