namespace SalesBot.Core.Conversations;

/// <summary>The persisted dialog stack of one user in one conversation, with its optimistic-concurrency version.</summary>
public sealed record ConversationState(string Key, string Json, long Version);
