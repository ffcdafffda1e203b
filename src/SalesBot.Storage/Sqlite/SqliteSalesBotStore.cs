using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;
using SalesBot.Core.Storage;
using SalesBot.Core.Users;

namespace SalesBot.Storage.Sqlite;

/// <summary>The embedded store: one SQLite file, a kept-open connection per operation, every read scoped by owner.</summary>
internal sealed class SqliteSalesBotStore(SqliteConnectionFactory connections, SqliteWriteGate gate) : ISalesBotStore
{
    private const string OwnedDeal = "d.id = @DealId AND d.tenant_id = @TenantId AND d.user_id = @UserId";
    private readonly PruneSchedule _prune = new(DeliveryMemory.PruneInterval);

    public async Task<ConversationState?> LoadConversationAsync(string key, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync<ConversationStateRow>(
            "SELECT conversation_key AS Key, json AS Json, version AS Version FROM conversation_states WHERE conversation_key = @key",
            [("@key", key)],
            cancellationToken);
        return rows.SingleOrDefault()?.ToState();
    }

    public async Task<IReadOnlyList<Deal>> ListDealsAsync(Owner owner, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync<DealRow>(
            $"SELECT {DealRow.Columns} FROM deals WHERE tenant_id = @TenantId AND user_id = @UserId ORDER BY created_at, id",
            OwnerArgs(owner),
            cancellationToken);
        return rows.Select(row => row.ToDeal()).ToList();
    }

    public async Task<Deal?> GetDealAsync(Owner owner, string dealId, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync<DealRow>(
            $"SELECT {DealRow.Columns} FROM deals d WHERE {OwnedDeal}", OwnedDealArgs(owner, dealId), cancellationToken);
        return rows.SingleOrDefault()?.ToDeal();
    }

    public async Task<IReadOnlyList<Answer>> GetAnswersAsync(Owner owner, string dealId, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync<AnswerRow>(
            $"SELECT {AnswerRow.Columns} FROM answers a JOIN deals d ON d.id = a.deal_id WHERE {OwnedDeal} " +
            "ORDER BY a.recorded_at, a.version, a.rowid",
            OwnedDealArgs(owner, dealId),
            cancellationToken);
        return rows.Select(row => row.ToAnswer()).ToList();
    }

    public async Task<IReadOnlyList<Touch>> GetTouchesAsync(Owner owner, string dealId, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync<TouchRow>(
            $"SELECT {TouchRow.Columns} FROM touches t JOIN deals d ON d.id = t.deal_id WHERE {OwnedDeal} ORDER BY t.occurred_at, t.id",
            OwnedDealArgs(owner, dealId),
            cancellationToken);
        return rows.Select(row => row.ToTouch()).ToList();
    }

    public async Task<IReadOnlyList<DealEvent>> GetEventsAsync(Owner owner, string dealId, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync<DealEventRow>(
            $"SELECT {DealEventRow.Columns} FROM deal_events e JOIN deals d ON d.id = e.deal_id WHERE {OwnedDeal} ORDER BY e.occurred_at, e.id",
            OwnedDealArgs(owner, dealId),
            cancellationToken);
        return rows.Select(row => row.ToEvent()).ToList();
    }

    public async Task<bool> IsDeliveredAsync(string channelId, string deliveryId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var found = await connections.WithPreparedAsync(
            prepared => prepared.ScalarAsync(
                "SELECT 1 FROM channel_deliveries WHERE channel_id = @channelId AND delivery_id = @deliveryId AND received_at >= @cutoff",
                null,
                [("@channelId", channelId), ("@deliveryId", deliveryId), ("@cutoff", SqliteValues.Ticks(now - DeliveryMemory.Span))],
                cancellationToken),
            cancellationToken);
        return found is 1L;
    }

    public async Task<UserProfile?> GetProfileAsync(Owner owner, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync<UserProfileRow>(
            $"SELECT {UserProfileRow.Columns} FROM user_profiles WHERE tenant_id = @TenantId AND user_id = @UserId",
            OwnerArgs(owner),
            cancellationToken);
        return rows.SingleOrDefault()?.ToProfile();
    }

    public async Task CommitAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        if (commit.State is null && !commit.HasDataChanges)
        {
            return;
        }

        await gate.RunAsync(
            () => connections.WithPreparedAsync(
                async prepared =>
                {
                    await CommitLockedAsync(prepared, commit, cancellationToken);
                    return true;
                },
                cancellationToken),
            cancellationToken);
    }

    public Task<int> PurgeClosedDealsAsync(DateTimeOffset closedBefore, CancellationToken cancellationToken) =>
        gate.RunAsync(
            async () =>
            {
                await using var connection = await connections.OpenAsync(cancellationToken);
                await using var transaction = connection.BeginTransaction(deferred: false);
                var purged = await new SqliteForgetter(connection, transaction).PurgeClosedAsync(closedBefore, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return purged;
            },
            cancellationToken);

    private async Task CommitLockedAsync(SqlitePreparedConnection prepared, TurnCommit commit, CancellationToken cancellationToken)
    {
        var connection = prepared.Connection;

        // BEGIN IMMEDIATE: take the write lock before the first read, so concurrent turns queue on
        // busy_timeout instead of both reading and then deadlocking when they try to write.
        await using var transaction = connection.BeginTransaction(deferred: false);
        var writer = new SqliteTurnWriter(prepared, transaction);
        await writer.EnsureOwnedAsync(commit, cancellationToken);
        foreach (var mark in commit.Deliveries)
        {
            await writer.RecordDeliveryAsync(mark, _prune.IsDue(mark.ReceivedAt), cancellationToken);
        }

        if (commit.State is { } state)
        {
            await writer.WriteStateAsync(state, cancellationToken);
        }

        foreach (var deal in commit.NewDeals)
        {
            await writer.InsertDealAsync(deal, cancellationToken);
        }

        foreach (var deal in commit.ChangedDeals)
        {
            await writer.UpdateDealAsync(deal, cancellationToken);
        }

        foreach (var answer in commit.Answers)
        {
            await writer.InsertAnswerAsync(answer, cancellationToken);
        }

        foreach (var touch in commit.Touches)
        {
            await writer.InsertTouchAsync(touch, cancellationToken);
        }

        foreach (var dealEvent in commit.Events)
        {
            await writer.InsertEventAsync(dealEvent, cancellationToken);
        }

        if (commit.Profile is { } profile)
        {
            await writer.UpsertProfileAsync(profile, cancellationToken);
        }

        if (commit.Address is { } address)
        {
            await writer.UpsertAddressAsync(address, cancellationToken);
        }

        await writer.WriteNudgesAsync(commit, cancellationToken);

        // Deletions last: a turn that plans nudges for a deal and then forgets it leaves nothing behind.
        var forgetting = new SqliteForgetter(connection, transaction);
        await forgetting.ForgetDealsAsync(commit.Owner, commit.ForgottenDealIds, cancellationToken);
        if (commit.ForgetOwner)
        {
            await forgetting.ForgetOwnerAsync(commit.Owner, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        foreach (var deal in commit.NewDeals)
        {
            deal.MarkSaved(1);
        }

        foreach (var deal in commit.ChangedDeals)
        {
            deal.MarkSaved(deal.Version + 1);
        }
    }

    private static (string, object?)[] OwnerArgs(Owner owner) => [("@TenantId", owner.TenantId), ("@UserId", owner.UserId)];

    private static (string, object?)[] OwnedDealArgs(Owner owner, string dealId) =>
        [("@DealId", dealId), ("@TenantId", owner.TenantId), ("@UserId", owner.UserId)];

    /// <summary>The reads of every turn: on a kept-open connection whose compiled statements are reused.</summary>
    private Task<List<T>> QueryAsync<T>(string sql, (string, object?)[] args, CancellationToken cancellationToken) =>
        connections.WithPreparedAsync(prepared => prepared.QueryAsync<T>(sql, null, args, cancellationToken), cancellationToken);
}
