namespace SalesBot.Core.Storage;

/// <summary>
/// A new dialog stack for a conversation. <paramref name="ExpectedVersion"/> is the version that was read
/// (0 when there was none); <paramref name="Json"/> null deletes the state. <paramref name="DealId"/> is the deal the
/// stack works on, if any: the next turn reads its answers and touches together with the stack (<see cref="TurnStart"/>).
/// </summary>
public sealed record ConversationStateWrite(string Key, string? Json, long ExpectedVersion, string? DealId = null);
