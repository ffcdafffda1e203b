namespace SalesBot.Core.Storage;

/// <summary>
/// A new dialog stack for a conversation. <paramref name="ExpectedVersion"/> is the version that was read
/// (0 when there was none); <paramref name="Json"/> null deletes the state.
/// </summary>
public sealed record ConversationStateWrite(string Key, string? Json, long ExpectedVersion);
