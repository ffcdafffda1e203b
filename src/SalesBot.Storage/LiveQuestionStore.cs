using SalesBot.Core.Channels;
using SalesBot.Storage.Rows;

namespace SalesBot.Storage;

/// <summary>The live question of each conversation, shared by every instance on PostgreSQL; taking it is one DELETE ... RETURNING.</summary>
internal sealed class LiveQuestionStore(Sql.SqlDialect sql) : ILiveQuestionStore
{
    private const string Conversation = "channel_id = @channelId AND conversation_id = @conversationId";

    public Task SaveAsync(LiveQuestion question, CancellationToken cancellationToken) =>
        sql.ExecuteAsync(
            $"""
            INSERT INTO live_questions ({LiveQuestionRow.Columns})
            VALUES (@ChannelId, @ConversationId, @TenantId, @UserId, @MessageId, @Body, @at)
            ON CONFLICT (channel_id, conversation_id) DO UPDATE SET
                tenant_id = excluded.tenant_id, user_id = excluded.user_id, message_id = excluded.message_id,
                body = excluded.body, posted_at = excluded.posted_at
            """,
            [
                ("@ChannelId", question.ChannelId), ("@ConversationId", question.ConversationId), ("@TenantId", question.Owner.TenantId),
                ("@UserId", question.Owner.UserId), ("@MessageId", question.MessageId), ("@Body", question.Body), ("@at", question.PostedAt),
            ],
            cancellationToken);

    public async Task<LiveQuestion?> GetAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        (await sql.QueryAsync(
            $"SELECT {LiveQuestionRow.Columns} FROM live_questions WHERE {Conversation}",
            [("@channelId", channelId), ("@conversationId", conversationId)],
            LiveQuestionRow.Read,
            cancellationToken)).SingleOrDefault();

    public async Task<LiveQuestion?> TakeAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        (await sql.WriteAsync(
            session => session.QueryAsync(
                $"DELETE FROM live_questions WHERE {Conversation} RETURNING {LiveQuestionRow.Columns}",
                [("@channelId", channelId), ("@conversationId", conversationId)],
                LiveQuestionRow.Read,
                cancellationToken),
            cancellationToken)).SingleOrDefault();

    public async Task<bool> TakeIfAsync(string channelId, string conversationId, string messageId, CancellationToken cancellationToken) =>
        await sql.ExecuteAsync(
            $"DELETE FROM live_questions WHERE {Conversation} AND message_id = @messageId",
            [("@channelId", channelId), ("@conversationId", conversationId), ("@messageId", messageId)],
            cancellationToken) == 1;
}
