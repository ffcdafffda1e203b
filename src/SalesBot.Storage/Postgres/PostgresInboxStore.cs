using Dapper;
using Npgsql;
using SalesBot.Core.Channels;

namespace SalesBot.Storage.Postgres;

/// <summary>
/// The channel inbox in PostgreSQL, shared by every instance. A claim is one statement: the claimable heads of the
/// partitions are picked with FOR UPDATE SKIP LOCKED (a row another instance is claiming right now is skipped, and the
/// rows behind it in its partition are not claimable while it exists) and leased.
/// </summary>
internal sealed class PostgresInboxStore(NpgsqlDataSource dataSource) : IInboxStore
{
    public async Task<bool> AddAsync(InboxEntry entry, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            "INSERT INTO inbox (channel_id, partition_key, dedupe_key, payload, received_at) " +
            "VALUES (@ChannelId, @PartitionKey, @DedupeKey, @Payload, @at) ON CONFLICT DO NOTHING",
            new { entry.ChannelId, entry.PartitionKey, entry.DedupeKey, entry.Payload, at = PostgresValues.Utc(entry.ReceivedAt) },
            cancellationToken) == 1;

    public async Task<IReadOnlyList<InboxItem>> ClaimAsync(
        string channelId, string claimant, DateTimeOffset now, TimeSpan lease, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<PgInboxRow>(new CommandDefinition(
            $"""
            UPDATE inbox SET claimed_by = @claimant, lease_until = @until, attempts = inbox.attempts + 1
            FROM (
                SELECT i.seq AS head FROM inbox i
                WHERE i.channel_id = @channelId AND (i.lease_until IS NULL OR i.lease_until <= @now)
                  AND NOT EXISTS (
                      SELECT 1 FROM inbox e WHERE e.channel_id = i.channel_id AND e.partition_key = i.partition_key AND e.seq < i.seq)
                ORDER BY i.seq
                LIMIT @limit
                FOR UPDATE SKIP LOCKED) heads
            WHERE inbox.seq = heads.head
            RETURNING {PgInboxRow.Columns}
            """,
            new { channelId, claimant, now = PostgresValues.Utc(now), until = PostgresValues.Utc(now + lease), limit },
            cancellationToken: cancellationToken));
        return rows.Select(row => row.ToItem()).OrderBy(item => item.Seq).ToList();
    }

    public async Task<bool> RenewAsync(long seq, string claimant, DateTimeOffset leaseUntil, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            "UPDATE inbox SET lease_until = @until WHERE seq = @seq AND claimed_by = @claimant",
            new { seq, claimant, until = PostgresValues.Utc(leaseUntil) },
            cancellationToken) == 1;

    public async Task<bool> ReleaseAsync(long seq, string claimant, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            "UPDATE inbox SET claimed_by = NULL, lease_until = NULL WHERE seq = @seq AND claimed_by = @claimant",
            new { seq, claimant },
            cancellationToken) == 1;

    public async Task<bool> CompleteAsync(long seq, string claimant, CancellationToken cancellationToken) =>
        await ExecuteAsync("DELETE FROM inbox WHERE seq = @seq AND claimed_by = @claimant", new { seq, claimant }, cancellationToken) == 1;

    public async Task<int> CountAsync(string channelId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT count(*)::int FROM inbox WHERE channel_id = @channelId", new { channelId }, cancellationToken: cancellationToken));
    }

    private async Task<int> ExecuteAsync(string sql, object args, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(sql, args, cancellationToken: cancellationToken));
    }
}
