using SalesBot.Core.Conversations;

namespace SalesBot.Storage.Sqlite;

internal sealed class ConversationStateRow
{
    public string Key { get; init; } = "";
    public string Json { get; init; } = "";
    public long Version { get; init; }

    public ConversationState ToState() => new(Key, Json, Version);
}
