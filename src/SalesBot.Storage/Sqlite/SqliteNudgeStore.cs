using Dapper;
using SalesBot.Core.Conversations;
using SalesBot.Core.Nudges;

namespace SalesBot.Storage.Sqlite;

/// <summary>
/// The nudge outbox in the SQLite file. Claims are one UPDATE ... RETURNING, so they are atomic; they pick rows by rowid,
/// which the pending-due index holds, so a claim does not look each nudge up again through the primary key.
/// </summary>
internal sealed class SqliteNudgeStore(SqliteConnectionFactory connections, SqliteWriteGate gate) : INudgeStore
{
    private const string Pending = "'pending'";

    public async Task<IReadOnlyList<Nudge>> ListDueAsync(DateTimeOffset at, int limit, CancellationToken cancellationToken) =>
        await QueryAsync(
            $"SELECT {NudgeRow.Columns} FROM nudges WHERE state = {Pending} AND due_at <= @at ORDER BY due_at LIMIT @limit",
            new { at = SqliteValues.Ticks(at), limit },
            cancellationToken);

    public Task<IReadOnlyList<Nudge>> ClaimDueAsync(
        DateTimeOffset now, string claimant, TimeSpan lease, int limit, CancellationToken cancellationToken) =>
        gate.RunAsync(
            () => QueryAsync(
                $"""
                UPDATE nudges SET claimed_by = @claimant, lease_until = @until, attempts = attempts + 1
                WHERE rowid IN (
                    SELECT rowid FROM nudges
                    WHERE state = {Pending} AND due_at <= @now AND (lease_until IS NULL OR lease_until <= @now)
                    ORDER BY due_at LIMIT @limit)
                RETURNING {NudgeRow.Columns}
                """,
                new { claimant, now = SqliteValues.Ticks(now), until = SqliteValues.Ticks(now + lease), limit },
                cancellationToken),
            cancellationToken);

    public async Task<bool> MarkSentAsync(string nudgeId, string claimant, DateTimeOffset at, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            $"UPDATE nudges SET state = 'sent', sent_at = @at, claimed_by = NULL, lease_until = NULL, note = NULL, sending_at = NULL " +
            $"WHERE id = @nudgeId AND claimed_by = @claimant AND state = {Pending}",
            new { nudgeId, claimant, at = SqliteValues.Ticks(at) },
            cancellationToken) == 1;

    public async Task<bool> MarkSendingAsync(string nudgeId, string claimant, DateTimeOffset at, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            $"UPDATE nudges SET sending_at = COALESCE(sending_at, @at) WHERE id = @nudgeId AND claimed_by = @claimant AND state = {Pending}",
            new { nudgeId, claimant, at = SqliteValues.Ticks(at) },
            cancellationToken) == 1;

    public Task ReleaseAsync(string nudgeId, string claimant, DateTimeOffset retryAt, string reason, bool mayHaveArrived, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE nudges SET claimed_by = NULL, lease_until = NULL, due_at = @retryAt, note = @reason, " +
            "sending_at = CASE WHEN @mayHaveArrived THEN sending_at ELSE NULL END " +
            $"WHERE id = @nudgeId AND claimed_by = @claimant AND state = {Pending}",
            new { nudgeId, claimant, retryAt = SqliteValues.Ticks(retryAt), reason, mayHaveArrived },
            cancellationToken);

    public Task<int> CancelAllAsync(Owner owner, string reason, CancellationToken cancellationToken) =>
        ExecuteAsync(
            $"UPDATE nudges SET state = 'cancelled', note = @reason, claimed_by = NULL, lease_until = NULL " +
            $"WHERE tenant_id = @TenantId AND user_id = @UserId AND state = {Pending}",
            new { owner.TenantId, owner.UserId, reason },
            cancellationToken);

    public async Task<Nudge?> GetAsync(Owner owner, string nudgeId, CancellationToken cancellationToken) =>
        (await QueryAsync(
            $"SELECT {NudgeRow.Columns} FROM nudges WHERE id = @nudgeId AND tenant_id = @TenantId AND user_id = @UserId",
            new { nudgeId, owner.TenantId, owner.UserId },
            cancellationToken)).SingleOrDefault();

    public Task<IReadOnlyList<Nudge>> ListPendingAsync(Owner owner, CancellationToken cancellationToken) =>
        QueryAsync(
            $"SELECT {NudgeRow.Columns} FROM nudges WHERE tenant_id = @TenantId AND user_id = @UserId AND state = {Pending} ORDER BY due_at, id",
            new { owner.TenantId, owner.UserId },
            cancellationToken);

    private async Task<IReadOnlyList<Nudge>> QueryAsync(string sql, object args, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<NudgeRow>(new CommandDefinition(sql, args, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToNudge()).ToList();
    }

    private Task<int> ExecuteAsync(string sql, object args, CancellationToken cancellationToken) =>
        gate.ExecuteAsync(connections, sql, args, cancellationToken);
}
