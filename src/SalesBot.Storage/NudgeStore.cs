using SalesBot.Core.Conversations;
using SalesBot.Core.Nudges;
using SalesBot.Storage.Rows;
using SalesBot.Storage.Sql;

namespace SalesBot.Storage;

/// <summary>
/// The nudge outbox, shared by the dispatchers of every instance on PostgreSQL. A claim is one statement that writes a
/// lease on due, unleased rows (<see cref="SqlDialect.ClaimDueNudges"/>); only the holder of a live lease can mark a
/// nudge sent.
/// </summary>
internal sealed class NudgeStore(SqlDialect sql) : INudgeStore
{
    private const string Pending = "'pending'";

    public async Task<IReadOnlyList<Nudge>> ListDueAsync(DateTimeOffset at, int limit, CancellationToken cancellationToken) =>
        await sql.QueryAsync(
            $"SELECT {NudgeRow.Columns} FROM nudges WHERE state = {Pending} AND due_at <= @at ORDER BY due_at, id LIMIT @limit",
            [("@at", at), ("@limit", limit)],
            NudgeRow.Read,
            cancellationToken);

    public async Task<IReadOnlyList<Nudge>> ClaimDueAsync(
        DateTimeOffset now, string claimant, TimeSpan lease, int limit, CancellationToken cancellationToken)
    {
        var claimed = await sql.WriteAsync(
            session => session.QueryAsync(
                sql.ClaimDueNudges(NudgeRow.Columns),
                [("@claimant", claimant), ("@now", now), ("@until", now + lease), ("@limit", limit)],
                NudgeRow.Read,
                cancellationToken),
            cancellationToken);
        return claimed.OrderBy(nudge => nudge.DueAt).ThenBy(nudge => nudge.CreatedAt).ThenBy(nudge => nudge.Id, StringComparer.Ordinal).ToList();
    }

    public async Task<bool> MarkSentAsync(string nudgeId, string claimant, DateTimeOffset at, CancellationToken cancellationToken) =>
        await sql.ExecuteAsync(
            "UPDATE nudges SET state = 'sent', sent_at = @at, claimed_by = NULL, lease_until = NULL, note = NULL, sending_at = NULL " +
            $"WHERE id = @nudgeId AND claimed_by = @claimant AND state = {Pending}",
            [("@nudgeId", nudgeId), ("@claimant", claimant), ("@at", at)],
            cancellationToken) == 1;

    public async Task<bool> MarkSendingAsync(string nudgeId, string claimant, DateTimeOffset at, CancellationToken cancellationToken) =>
        await sql.ExecuteAsync(
            $"UPDATE nudges SET sending_at = COALESCE(sending_at, @at) WHERE id = @nudgeId AND claimed_by = @claimant AND state = {Pending}",
            [("@nudgeId", nudgeId), ("@claimant", claimant), ("@at", at)],
            cancellationToken) == 1;

    public Task ReleaseAsync(string nudgeId, string claimant, DateTimeOffset retryAt, string reason, bool mayHaveArrived, CancellationToken cancellationToken) =>
        sql.ExecuteAsync(
            "UPDATE nudges SET claimed_by = NULL, lease_until = NULL, due_at = @retryAt, note = @reason, " +
            "sending_at = CASE WHEN @mayHaveArrived THEN sending_at ELSE NULL END " +
            $"WHERE id = @nudgeId AND claimed_by = @claimant AND state = {Pending}",
            [("@nudgeId", nudgeId), ("@claimant", claimant), ("@retryAt", retryAt), ("@reason", reason), ("@mayHaveArrived", mayHaveArrived)],
            cancellationToken);

    public Task<int> CancelAllAsync(Owner owner, string reason, CancellationToken cancellationToken) =>
        sql.ExecuteAsync(
            "UPDATE nudges SET state = 'cancelled', note = @reason, claimed_by = NULL, lease_until = NULL " +
            $"WHERE tenant_id = @TenantId AND user_id = @UserId AND state = {Pending}",
            [("@TenantId", owner.TenantId), ("@UserId", owner.UserId), ("@reason", reason)],
            cancellationToken);

    public async Task<Nudge?> GetAsync(Owner owner, string nudgeId, CancellationToken cancellationToken) =>
        (await sql.QueryAsync(
            $"SELECT {NudgeRow.Columns} FROM nudges WHERE id = @nudgeId AND tenant_id = @TenantId AND user_id = @UserId",
            [("@nudgeId", nudgeId), ("@TenantId", owner.TenantId), ("@UserId", owner.UserId)],
            NudgeRow.Read,
            cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyList<Nudge>> ListPendingAsync(Owner owner, CancellationToken cancellationToken) =>
        await sql.QueryAsync(
            $"SELECT {NudgeRow.Columns} FROM nudges WHERE tenant_id = @TenantId AND user_id = @UserId AND state = {Pending} ORDER BY due_at, id",
            [("@TenantId", owner.TenantId), ("@UserId", owner.UserId)],
            NudgeRow.Read,
            cancellationToken);
}
