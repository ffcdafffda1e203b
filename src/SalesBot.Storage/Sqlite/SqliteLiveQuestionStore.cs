using Dapper;
using SalesBot.Core.Channels;

namespace SalesBot.Storage.Sqlite;

/// <summary>The live question of each conversation in the SQLite file; taking it is one DELETE ... RETURNING.</summary>
internal sealed class SqliteLiveQuestionStore(SqliteConnectionFactory connections, SqliteWriteGate gate) : ILiveQuestionStore
{
    public Task SaveAsync(LiveQuestion question, CancellationToken cancellationToken) =>
        gate.ExecuteAsync(
            connections,
            """
            INSERT INTO live_questions (channel_id, conversation_id, tenant_id, user_id, message_id, body, posted_at)
            VALUES (@ChannelId, @ConversationId, @TenantId, @UserId, @MessageId, @Body, @at)
            ON CONFLICT (channel_id, conversation_id) DO UPDATE SET
                tenant_id = excluded.tenant_id, user_id = excluded.user_id, message_id = excluded.message_id,
                body = excluded.body, posted_at = excluded.posted_at
            """,
            new
            {
                question.ChannelId, question.ConversationId, question.Owner.TenantId, question.Owner.UserId, question.MessageId, question.Body,
                at = SqliteValues.Ticks(question.PostedAt),
            },
            cancellationToken);

    public async Task<LiveQuestion?> GetAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<LiveQuestionRow>(new CommandDefinition(
            $"SELECT {LiveQuestionRow.Columns} FROM live_questions WHERE channel_id = @channelId AND conversation_id = @conversationId",
            new { channelId, conversationId },
            cancellationToken: cancellationToken));
        return row?.ToQuestion();
    }

    public Task<LiveQuestion?> TakeAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        gate.RunAsync(
            async () =>
            {
                await using var connection = await connections.OpenAsync(cancellationToken);
                var row = await connection.QuerySingleOrDefaultAsync<LiveQuestionRow>(new CommandDefinition(
                    $"DELETE FROM live_questions WHERE channel_id = @channelId AND conversation_id = @conversationId RETURNING {LiveQuestionRow.Columns}",
                    new { channelId, conversationId },
                    cancellationToken: cancellationToken));
                return row?.ToQuestion();
            },
            cancellationToken);

    public async Task<bool> TakeIfAsync(string channelId, string conversationId, string messageId, CancellationToken cancellationToken) =>
        await gate.ExecuteAsync(
            connections,
            "DELETE FROM live_questions WHERE channel_id = @channelId AND conversation_id = @conversationId AND message_id = @messageId",
            new { channelId, conversationId, messageId },
            cancellationToken) == 1;
}
