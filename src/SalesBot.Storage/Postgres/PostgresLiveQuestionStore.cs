using Dapper;
using Npgsql;
using SalesBot.Core.Channels;

namespace SalesBot.Storage.Postgres;

/// <summary>The live question of each conversation in PostgreSQL, shared by every instance; taking it is one DELETE ... RETURNING.</summary>
internal sealed class PostgresLiveQuestionStore(NpgsqlDataSource dataSource) : ILiveQuestionStore
{
    public async Task SaveAsync(LiveQuestion question, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
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
                at = PostgresValues.Utc(question.PostedAt),
            },
            cancellationToken: cancellationToken));
    }

    public Task<LiveQuestion?> GetAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        QueryOneAsync(
            $"SELECT {PgLiveQuestionRow.Columns} FROM live_questions WHERE channel_id = @channelId AND conversation_id = @conversationId",
            new { channelId, conversationId },
            cancellationToken);

    public Task<LiveQuestion?> TakeAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        QueryOneAsync(
            $"DELETE FROM live_questions WHERE channel_id = @channelId AND conversation_id = @conversationId RETURNING {PgLiveQuestionRow.Columns}",
            new { channelId, conversationId },
            cancellationToken);

    public async Task<bool> TakeIfAsync(string channelId, string conversationId, string messageId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM live_questions WHERE channel_id = @channelId AND conversation_id = @conversationId AND message_id = @messageId",
            new { channelId, conversationId, messageId },
            cancellationToken: cancellationToken)) == 1;
    }

    private async Task<LiveQuestion?> QueryOneAsync(string sql, object args, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<PgLiveQuestionRow>(new CommandDefinition(sql, args, cancellationToken: cancellationToken));
        return row?.ToQuestion();
    }
}
