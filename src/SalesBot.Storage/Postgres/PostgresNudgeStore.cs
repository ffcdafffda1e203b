using Dapper;
using Npgsql;
using SalesBot.Core.Conversations;
using SalesBot.Core.Nudges;

namespace SalesBot.Storage.Postgres;

/// <summary>
/// The nudge outbox in PostgreSQL, shared by the dispatchers of every instance. A claim is one statement: it picks due,
/// unleased rows with FOR UPDATE SKIP LOCKED (rows another dispatcher is claiming right now are skipped, not waited
/// for) and writes the lease on them. Only the holder of a live lease can mark a nudge sent.
/// </summary>
internal sealed class PostgresNudgeStore(NpgsqlDataSource dataSource) : INudgeStore
{
    private const string Pending = "'pending'";

    public async Task<IReadOnlyList<Nudge>> ListDueAsync(DateTimeOffset at, int limit, CancellationToken cancellationToken) =>
        await QueryAsync(
            $"SELECT {PgNudgeRow.Columns} FROM nudges WHERE state = {Pending} AND due_at <= @at ORDER BY due_at, id LIMIT @limit",
            new { at = PostgresValues.Utc(at), limit },
            cancellationToken);

    public async Task<IReadOnlyList<Nudge>> ClaimDueAsync(
        DateTimeOffset now, string claimant, TimeSpan lease, int limit, CancellationToken cancellationToken)
    {
        var claimed = await QueryAsync(
            $"""
            UPDATE nudges SET claimed_by = @claimant, lease_until = @until, attempts = nudges.attempts + 1
            FROM (
                SELECT id AS due_id FROM nudges
                WHERE state = {Pending} AND due_at <= @now AND (lease_until IS NULL OR lease_until <= @now)
                ORDER BY due_at, id
                LIMIT @limit
                FOR UPDATE SKIP LOCKED) due
            WHERE nudges.id = due.due_id
            RETURNING {PgNudgeRow.Columns}
            """,
            new { claimant, now = PostgresValues.Utc(now), until = PostgresValues.Utc(now + lease), limit },
            cancellationToken);
        return claimed.OrderBy(nudge => nudge.DueAt).ThenBy(nudge => nudge.Id, StringComparer.Ordinal).ToList();
    }

    public async Task<bool> MarkSentAsync(string nudgeId, string claimant, DateTimeOffset at, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            "UPDATE nudges SET state = 'sent', sent_at = @at, claimed_by = NULL, lease_until = NULL, note = NULL, sending_at = NULL " +
            $"WHERE id = @nudgeId AND claimed_by = @claimant AND state = {Pending}",
            new { nudgeId, claimant, at = PostgresValues.Utc(at) },
            cancellationToken) == 1;

    public async Task<bool> MarkSendingAsync(string nudgeId, string claimant, DateTimeOffset at, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            $"UPDATE nudges SET sending_at = COALESCE(sending_at, @at) WHERE id = @nudgeId AND claimed_by = @claimant AND state = {Pending}",
            new { nudgeId, claimant, at = PostgresValues.Utc(at) },
            cancellationToken) == 1;

    public Task ReleaseAsync(string nudgeId, string claimant, DateTimeOffset retryAt, string reason, bool mayHaveArrived, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE nudges SET claimed_by = NULL, lease_until = NULL, due_at = @retryAt, note = @reason, " +
            "sending_at = CASE WHEN @mayHaveArrived THEN sending_at ELSE NULL END " +
            $"WHERE id = @nudgeId AND claimed_by = @claimant AND state = {Pending}",
            new { nudgeId, claimant, retryAt = PostgresValues.Utc(retryAt), reason, mayHaveArrived },
            cancellationToken);

    public Task<int> CancelAllAsync(Owner owner, string reason, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE nudges SET state = 'cancelled', note = @reason, claimed_by = NULL, lease_until = NULL " +
            $"WHERE tenant_id = @TenantId AND user_id = @UserId AND state = {Pending}",
            new { owner.TenantId, owner.UserId, reason },
            cancellationToken);

    public async Task<Nudge?> GetAsync(Owner owner, string nudgeId, CancellationToken cancellationToken) =>
        (await QueryAsync(
            $"SELECT {PgNudgeRow.Columns} FROM nudges WHERE id = @nudgeId AND tenant_id = @TenantId AND user_id = @UserId",
            new { nudgeId, owner.TenantId, owner.UserId },
            cancellationToken)).SingleOrDefault();

    public Task<IReadOnlyList<Nudge>> ListPendingAsync(Owner owner, CancellationToken cancellationToken) =>
        QueryAsync(
            $"SELECT {PgNudgeRow.Columns} FROM nudges WHERE tenant_id = @TenantId AND user_id = @UserId AND state = {Pending} ORDER BY due_at, id",
            new { owner.TenantId, owner.UserId },
            cancellationToken);

    private async Task<IReadOnlyList<Nudge>> QueryAsync(string sql, object args, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<PgNudgeRow>(new CommandDefinition(sql, args, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToNudge()).ToList();
    }

    private async Task<int> ExecuteAsync(string sql, object args, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(sql, args, cancellationToken: cancellationToken));
    }
}
