using Dapper;
using Npgsql;
using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;
using SalesBot.Core.Storage;
using SalesBot.Core.Users;

namespace SalesBot.Storage.Postgres;

/// <summary>
/// The scale-out store: one PostgreSQL database shared by every SalesBot instance, a pooled connection per operation,
/// every read scoped by owner. Writers do not queue in process (PostgreSQL locks rows, not the file); concurrent
/// turns on the same conversation or deal are refused by version, and the engine re-runs the loser on fresh state.
/// </summary>
internal sealed class PostgresSalesBotStore(NpgsqlDataSource dataSource) : ISalesBotStore
{
    private const string OwnedDeal = "d.id = @DealId AND d.tenant_id = @TenantId AND d.user_id = @UserId";
    private readonly PruneSchedule _prune = new(DeliveryMemory.PruneInterval);

    public async Task<ConversationState?> LoadConversationAsync(string key, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync<(string Key, string Json, long Version)>(
            "SELECT conversation_key, json, version FROM conversation_states WHERE conversation_key = @key",
            new { key },
            cancellationToken);
        return rows.Select(row => new ConversationState(row.Key, row.Json, row.Version)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<Deal>> ListDealsAsync(Owner owner, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync<PgDealRow>(
            $"SELECT {PgDealRow.Columns} FROM deals WHERE tenant_id = @TenantId AND user_id = @UserId ORDER BY created_at, id",
            new { owner.TenantId, owner.UserId },
            cancellationToken);
        return rows.Select(row => row.ToDeal()).ToList();
    }

    public async Task<Deal?> GetDealAsync(Owner owner, string dealId, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync<PgDealRow>(
            $"SELECT {PgDealRow.Columns} FROM deals d WHERE {OwnedDeal}", OwnedDealArgs(owner, dealId), cancellationToken);
        return rows.SingleOrDefault()?.ToDeal();
    }

    public async Task<IReadOnlyList<Answer>> GetAnswersAsync(Owner owner, string dealId, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync<PgAnswerRow>(
            $"SELECT {PgAnswerRow.Columns} FROM answers a JOIN deals d ON d.id = a.deal_id WHERE {OwnedDeal} " +
            "ORDER BY a.recorded_at, a.version, a.seq",
            OwnedDealArgs(owner, dealId),
            cancellationToken);
        return rows.Select(row => row.ToAnswer()).ToList();
    }

    public async Task<IReadOnlyList<Touch>> GetTouchesAsync(Owner owner, string dealId, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync<PgTouchRow>(
            $"SELECT {PgTouchRow.Columns} FROM touches t JOIN deals d ON d.id = t.deal_id WHERE {OwnedDeal} ORDER BY t.occurred_at, t.id",
            OwnedDealArgs(owner, dealId),
            cancellationToken);
        return rows.Select(row => row.ToTouch()).ToList();
    }

    public async Task<IReadOnlyList<DealEvent>> GetEventsAsync(Owner owner, string dealId, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync<PgDealEventRow>(
            $"SELECT {PgDealEventRow.Columns} FROM deal_events e JOIN deals d ON d.id = e.deal_id WHERE {OwnedDeal} ORDER BY e.occurred_at, e.id",
            OwnedDealArgs(owner, dealId),
            cancellationToken);
        return rows.Select(row => row.ToEvent()).ToList();
    }

    public async Task<UserProfile?> GetProfileAsync(Owner owner, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync<PgUserProfileRow>(
            $"SELECT {PgUserProfileRow.Columns} FROM user_profiles WHERE tenant_id = @TenantId AND user_id = @UserId",
            new { owner.TenantId, owner.UserId },
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

        try
        {
            await CommitOnceAsync(commit, cancellationToken);
        }
        catch (PostgresException ex) when (PostgresValues.IsConflict(ex))
        {
            throw new ConcurrencyConflictException($"PostgreSQL refused the turn's commit ({ex.SqlState}: {ex.MessageText}).", ex);
        }
    }

    public async Task<int> PurgeClosedDealsAsync(DateTimeOffset closedBefore, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var purged = await new PostgresForgetter(connection, transaction).PurgeClosedAsync(closedBefore, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return purged;
    }

    public async Task<bool> IsDeliveredAsync(string channelId, string deliveryId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM channel_deliveries WHERE channel_id = @channelId AND delivery_id = @deliveryId AND received_at >= @cutoff)",
            new { channelId, deliveryId, cutoff = PostgresValues.Utc(now - DeliveryMemory.Span) },
            cancellationToken: cancellationToken));
    }

    private async Task CommitOnceAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var writer = new PostgresTurnWriter(connection, transaction);
        await writer.EnsureOwnedAsync(commit, cancellationToken);

        // First: a second instance handling the same retry waits here on the key, before it touches anything else.
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

        // One order for every writer, so two turns changing the same two deals wait for each other instead of deadlocking.
        foreach (var deal in commit.ChangedDeals.OrderBy(deal => deal.Id, StringComparer.Ordinal))
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
        var forgetting = new PostgresForgetter(connection, transaction);
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

    private static object OwnedDealArgs(Owner owner, string dealId) => new { DealId = dealId, owner.TenantId, owner.UserId };

    private async Task<IEnumerable<T>> QueryAsync<T>(string sql, object args, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QueryAsync<T>(new CommandDefinition(sql, args, cancellationToken: cancellationToken));
    }
}
