using SalesBot.Core.Channels;
using SalesBot.Core.Conversations;

namespace SalesBot.Storage.Sqlite;

internal sealed class LiveQuestionRow
{
    public const string Columns =
        "channel_id AS ChannelId, conversation_id AS ConversationId, tenant_id AS TenantId, user_id AS UserId, " +
        "message_id AS MessageId, body AS Body, posted_at AS PostedAt";

    public string ChannelId { get; set; } = "";

    public string ConversationId { get; set; } = "";

    public string TenantId { get; set; } = "";

    public string UserId { get; set; } = "";

    public string MessageId { get; set; } = "";

    public string Body { get; set; } = "";

    public long PostedAt { get; set; }

    public LiveQuestion ToQuestion() => new(new Owner(TenantId, UserId), ChannelId, ConversationId, MessageId, Body, SqliteValues.Time(PostedAt));
}
