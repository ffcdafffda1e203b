using SalesBot.Core.Channels;
using SalesBot.Storage.Rows;
using SalesBot.Storage.Sql;

namespace SalesBot.Storage;

/// <summary>
/// The channel inbox, shared by every instance on PostgreSQL. A claim is one statement that leases the claimable heads
/// of the partitions (<see cref="SqlDialect.ClaimInboxHeads"/>), so two claimants never get the same row and a
/// partition's rows are claimed one at a time, in order.
/// </summary>
internal sealed class InboxStore(SqlDialect sql) : IInboxStore
{
    public async Task<bool> AddAsync(InboxEntry entry, CancellationToken cancellationToken) =>
        await sql.ExecuteAsync(
            "INSERT INTO inbox (channel_id, partition_key, dedupe_key, payload, received_at) " +
            "VALUES (@ChannelId, @PartitionKey, @DedupeKey, @Payload, @at) ON CONFLICT DO NOTHING",
            [
                ("@ChannelId", entry.ChannelId), ("@PartitionKey", entry.PartitionKey), ("@DedupeKey", entry.DedupeKey), ("@Payload", entry.Payload),
                ("@at", entry.ReceivedAt),
            ],
            cancellationToken) == 1;

    public async Task<IReadOnlyList<InboxItem>> ClaimAsync(
        string channelId, string claimant, DateTimeOffset now, TimeSpan lease, int limit, CancellationToken cancellationToken)
    {
        var claimed = await sql.WriteAsync(
            session => session.QueryAsync(
                sql.ClaimInboxHeads(InboxRow.Columns),
                [("@channelId", channelId), ("@claimant", claimant), ("@now", now), ("@until", now + lease), ("@limit", limit)],
                InboxRow.Read,
                cancellationToken),
            cancellationToken);
        return claimed.OrderBy(item => item.Seq).ToList();
    }

    public async Task<bool> RenewAsync(long seq, string claimant, DateTimeOffset leaseUntil, CancellationToken cancellationToken) =>
        await sql.ExecuteAsync(
            "UPDATE inbox SET lease_until = @until WHERE seq = @seq AND claimed_by = @claimant",
            [("@seq", seq), ("@claimant", claimant), ("@until", leaseUntil)],
            cancellationToken) == 1;

    public async Task<bool> ReleaseAsync(long seq, string claimant, CancellationToken cancellationToken) =>
        await sql.ExecuteAsync(
            "UPDATE inbox SET claimed_by = NULL, lease_until = NULL WHERE seq = @seq AND claimed_by = @claimant",
            [("@seq", seq), ("@claimant", claimant)],
            cancellationToken) == 1;

    public async Task<bool> CompleteAsync(long seq, string claimant, CancellationToken cancellationToken) =>
        await sql.ExecuteAsync("DELETE FROM inbox WHERE seq = @seq AND claimed_by = @claimant", [("@seq", seq), ("@claimant", claimant)], cancellationToken) == 1;

    public async Task<int> CountAsync(string channelId, CancellationToken cancellationToken) =>
        (await sql.QueryAsync("SELECT count(*) FROM inbox WHERE channel_id = @channelId", [("@channelId", channelId)], row => row.Int(0), cancellationToken))
        .Single();
}
