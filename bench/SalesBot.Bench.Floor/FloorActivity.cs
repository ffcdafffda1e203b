namespace SalesBot.Bench.Floor;

/// <summary>The few Activity fields a bot needs to route a message; everything else in the body is skipped.</summary>
internal sealed record FloorActivity(
    string? Type,
    string? Id,
    DateTimeOffset? Timestamp,
    string? ChannelId,
    string? DeliveryMode,
    string? ServiceUrl,
    FloorAccount? From,
    FloorAccount? Recipient,
    FloorAccount? Conversation,
    string? Text,
    string? Locale);

/// <summary>A channel account or conversation: only the id and name.</summary>
internal sealed record FloorAccount(string? Id, string? Name);
