using Dapper;
using SalesBot.Core.Channels;

namespace SalesBot.Storage.Sqlite;

/// <summary>
/// The channel inbox in the SQLite file. A claim is one UPDATE ... RETURNING under the process's write gate (other
/// processes meet SQLite's write lock), so two claimants never get the same row.
/// </summary>
internal sealed class SqliteInboxStore(SqliteConnectionFactory connections, SqliteWriteGate gate) : IInboxStore
{
    public async Task<bool> AddAsync(InboxEntry entry, CancellationToken cancellationToken) =>
        await gate.ExecuteAsync(
            connections,
            "INSERT INTO inbox (channel_id, partition_key, dedupe_key, payload, received_at) " +
            "VALUES (@ChannelId, @PartitionKey, @DedupeKey, @Payload, @at) ON CONFLICT DO NOTHING",
            new { entry.ChannelId, entry.PartitionKey, entry.DedupeKey, entry.Payload, at = SqliteValues.Ticks(entry.ReceivedAt) },
            cancellationToken) == 1;

    public Task<IReadOnlyList<InboxItem>> ClaimAsync(
        string channelId, string claimant, DateTimeOffset now, TimeSpan lease, int limit, CancellationToken cancellationToken) =>
        gate.RunAsync<IReadOnlyList<InboxItem>>(
            async () =>
            {
                await using var connection = await connections.OpenAsync(cancellationToken);
                var rows = await connection.QueryAsync<InboxRow>(new CommandDefinition(
                    $"""
                    UPDATE inbox SET claimed_by = @claimant, lease_until = @until, attempts = attempts + 1
                    WHERE seq IN (
                        SELECT i.seq FROM inbox i
                        WHERE i.channel_id = @channelId AND (i.lease_until IS NULL OR i.lease_until <= @now)
                          AND NOT EXISTS (
                              SELECT 1 FROM inbox e WHERE e.channel_id = i.channel_id AND e.partition_key = i.partition_key AND e.seq < i.seq)
                        ORDER BY i.seq LIMIT @limit)
                    RETURNING {InboxRow.Columns}
                    """,
                    new { channelId, claimant, now = SqliteValues.Ticks(now), until = SqliteValues.Ticks(now + lease), limit },
                    cancellationToken: cancellationToken));
                return rows.Select(row => row.ToItem()).OrderBy(item => item.Seq).ToList();
            },
            cancellationToken);

    public async Task<bool> RenewAsync(long seq, string claimant, DateTimeOffset leaseUntil, CancellationToken cancellationToken) =>
        await gate.ExecuteAsync(
            connections,
            "UPDATE inbox SET lease_until = @until WHERE seq = @seq AND claimed_by = @claimant",
            new { seq, claimant, until = SqliteValues.Ticks(leaseUntil) },
            cancellationToken) == 1;

    public async Task<bool> ReleaseAsync(long seq, string claimant, CancellationToken cancellationToken) =>
        await gate.ExecuteAsync(
            connections,
            "UPDATE inbox SET claimed_by = NULL, lease_until = NULL WHERE seq = @seq AND claimed_by = @claimant",
            new { seq, claimant },
            cancellationToken) == 1;

    public async Task<bool> CompleteAsync(long seq, string claimant, CancellationToken cancellationToken) =>
        await gate.ExecuteAsync(connections, "DELETE FROM inbox WHERE seq = @seq AND claimed_by = @claimant", new { seq, claimant }, cancellationToken) == 1;

    public async Task<int> CountAsync(string channelId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT count(*) FROM inbox WHERE channel_id = @channelId", new { channelId }, cancellationToken: cancellationToken));
    }
}
