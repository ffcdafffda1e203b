using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;
using SalesBot.Core.Storage;
using SalesBot.Core.Users;
using SalesBot.Storage.Rows;
using SalesBot.Storage.Sql;

namespace SalesBot.Storage;

/// <summary>
/// The deal store on either database (<see cref="SqlDialect"/>): every read scoped by owner, every turn one transaction.
/// Concurrent turns on the same conversation or deal are refused by version, and the engine re-runs the loser on fresh state.
/// </summary>
internal sealed class SalesBotStore(SqlDialect sql) : ISalesBotStore
{
    private const string OwnedDeal = "d.id = @DealId AND d.tenant_id = @TenantId AND d.user_id = @UserId";
    private const string Conversation = "SELECT conversation_key, json, version, deal_id FROM conversation_states WHERE conversation_key = @key";
    private const string Profile = $"SELECT {UserProfileRow.Columns} FROM user_profiles WHERE tenant_id = @TenantId AND user_id = @UserId";
    private const string Deals = $"SELECT {DealRow.Columns} FROM deals WHERE tenant_id = @TenantId AND user_id = @UserId ORDER BY created_at, id";
    private const string Touches =
        $"SELECT {TouchRow.Columns} FROM touches t JOIN deals d ON d.id = t.deal_id WHERE {OwnedDeal} ORDER BY t.occurred_at, t.id";
    private const string Events =
        $"SELECT {DealEventRow.Columns} FROM deal_events e JOIN deals d ON d.id = e.deal_id WHERE {OwnedDeal} ORDER BY e.occurred_at, e.id";

    private readonly PruneSchedule _prune = new(DeliveryMemory.PruneInterval);
    private readonly string _answers =
        $"SELECT {AnswerRow.Columns} FROM answers a JOIN deals d ON d.id = a.deal_id WHERE {OwnedDeal} " +
        $"ORDER BY a.recorded_at, a.version, {sql.AnswerInsertOrder}";

    /// <summary>The answers and touches of the deal the stored stack works on, if it is the owner's (<see cref="OwnedDeal"/> by key).</summary>
    private const string StackDeal = "d.id = (SELECT deal_id FROM conversation_states WHERE conversation_key = @key) AND d.tenant_id = @TenantId AND d.user_id = @UserId";

    private readonly string _turnStart =
        $"{DeliveryLog.IsRecordedSql(sql)}; {Conversation}; {Profile}; {Deals}; " +
        $"SELECT {AnswerRow.Columns} FROM answers a JOIN deals d ON d.id = a.deal_id WHERE {StackDeal} ORDER BY a.recorded_at, a.version, {sql.AnswerInsertOrder}; " +
        $"SELECT {TouchRow.Columns} FROM touches t JOIN deals d ON d.id = t.deal_id WHERE {StackDeal} ORDER BY t.occurred_at, t.id";

    public SqlDialect Dialect => sql;

    public async Task<ConversationState?> LoadConversationAsync(string key, CancellationToken cancellationToken) =>
        (await sql.QueryAsync(Conversation, [("@key", key)], ReadConversation, cancellationToken)).SingleOrDefault();

    public Task<TurnStart> LoadTurnStartAsync(TurnStartRead read, CancellationToken cancellationToken) =>
        sql.ReadTogetherAsync(
            session => session.QueryResultsAsync(
                _turnStart,
                [
                    .. DeliveryLog.IsRecordedArgs(read.ChannelId, read.DeliveryIds, read.Now),
                    ("@key", read.ConversationKey), ("@TenantId", read.Owner.TenantId), ("@UserId", read.Owner.UserId),
                ],
                async results =>
                {
                    var delivered = (await results.NextAsync(row => row.Long(0), cancellationToken)).Count > 0;
                    var stored = (await results.NextAsync(row => (State: ReadConversation(row), DealId: row.TextOrNull(3)), cancellationToken)).SingleOrDefault();
                    var profile = (await results.NextAsync(UserProfileRow.Read, cancellationToken)).SingleOrDefault();
                    var deals = await results.NextAsync(DealRow.Read, cancellationToken);
                    var record = new DealRecord(
                        await results.NextAsync(AnswerRow.Read, cancellationToken), await results.NextAsync(TouchRow.Read, cancellationToken), null);
                    var dealId = deals.Any(deal => deal.Id == stored.DealId) ? stored.DealId : null;
                    return new TurnStart(delivered, stored.State, profile, deals, dealId, dealId is null ? null : record);
                },
                cancellationToken),
            cancellationToken);

    public Task<DealRecord> GetDealRecordAsync(Owner owner, string dealId, bool withEvents, CancellationToken cancellationToken) =>
        sql.ReadTogetherAsync(
            session => session.QueryResultsAsync(
                withEvents ? $"{_answers}; {Touches}; {Events}" : $"{_answers}; {Touches}",
                OwnedDealArgs(owner, dealId),
                async results => new DealRecord(
                    await results.NextAsync(AnswerRow.Read, cancellationToken),
                    await results.NextAsync(TouchRow.Read, cancellationToken),
                    withEvents ? await results.NextAsync(DealEventRow.Read, cancellationToken) : null),
                cancellationToken),
            cancellationToken);

    public async Task<IReadOnlyList<Deal>> ListDealsAsync(Owner owner, CancellationToken cancellationToken) =>
        await sql.QueryAsync(Deals, [("@TenantId", owner.TenantId), ("@UserId", owner.UserId)], DealRow.Read, cancellationToken);

    public async Task<Deal?> GetDealAsync(Owner owner, string dealId, CancellationToken cancellationToken) =>
        (await sql.QueryAsync($"SELECT {DealRow.Columns} FROM deals d WHERE {OwnedDeal}", OwnedDealArgs(owner, dealId), DealRow.Read, cancellationToken))
        .SingleOrDefault();

    public async Task<IReadOnlyList<Answer>> GetAnswersAsync(Owner owner, string dealId, CancellationToken cancellationToken) =>
        await sql.QueryAsync(_answers, OwnedDealArgs(owner, dealId), AnswerRow.Read, cancellationToken);

    public async Task<IReadOnlyList<Touch>> GetTouchesAsync(Owner owner, string dealId, CancellationToken cancellationToken) =>
        await sql.QueryAsync(Touches, OwnedDealArgs(owner, dealId), TouchRow.Read, cancellationToken);

    public async Task<IReadOnlyList<DealEvent>> GetEventsAsync(Owner owner, string dealId, CancellationToken cancellationToken) =>
        await sql.QueryAsync(Events, OwnedDealArgs(owner, dealId), DealEventRow.Read, cancellationToken);

    public async Task<bool> IsDeliveredAsync(string channelId, IReadOnlyList<string> deliveryIds, DateTimeOffset now, CancellationToken cancellationToken) =>
        deliveryIds.Count > 0 &&
        await sql.ReadAsync(session => DeliveryLog.IsRecordedAsync(session, channelId, deliveryIds, now, cancellationToken), cancellationToken);

    public async Task<UserProfile?> GetProfileAsync(Owner owner, CancellationToken cancellationToken) =>
        (await sql.QueryAsync(Profile, [("@TenantId", owner.TenantId), ("@UserId", owner.UserId)], UserProfileRow.Read, cancellationToken))
        .SingleOrDefault();

    public async Task CommitAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        if (commit.State is null && !commit.HasDataChanges)
        {
            return;
        }

        try
        {
            await sql.TransactAsync(session => WriteAsync(session, commit, cancellationToken), cancellationToken);
        }
        catch (Exception ex) when (sql.IsConflict(ex))
        {
            // Like a stale version: the turn re-runs on fresh state.
            throw new ConcurrencyConflictException($"The database refused the turn's commit ({ex.Message}).", ex);
        }

        foreach (var deal in commit.NewDeals)
        {
            deal.MarkSaved(1);
        }

        foreach (var deal in commit.ChangedDeals)
        {
            deal.MarkSaved(deal.Version + 1);
        }
    }

    public Task<int> PurgeClosedDealsAsync(DateTimeOffset closedBefore, CancellationToken cancellationToken) =>
        sql.TransactAsync(
            async session =>
            {
                var batch = new SqlBatch();
                var deleted = 0L;
                new Forgetter(batch, sql).PurgeClosed(closedBefore, rows => deleted = rows);
                await batch.RunAsync(session, cancellationToken);
                return checked((int)deleted);
            },
            cancellationToken);

    /// <summary>Every write of the commit in one batch, in this order (one round trip on PostgreSQL).</summary>
    private async Task<bool> WriteAsync(SqlSession session, TurnCommit commit, CancellationToken cancellationToken)
    {
        var batch = new SqlBatch();
        var writer = new TurnWriter(batch, sql);
        writer.EnsureOwned(commit);

        // First: a second instance handling the same retry waits here on the key, before it touches anything else.
        foreach (var mark in commit.Deliveries)
        {
            writer.RecordDelivery(mark, _prune.IsDue(mark.ReceivedAt));
        }

        if (commit.State is { } state)
        {
            writer.WriteState(state);
        }

        foreach (var deal in commit.NewDeals)
        {
            writer.InsertDeal(deal);
        }

        // One order for every writer, so two turns changing the same two deals wait for each other instead of deadlocking.
        foreach (var deal in commit.ChangedDeals.OrderBy(deal => deal.Id, StringComparer.Ordinal))
        {
            writer.UpdateDeal(deal);
        }

        foreach (var answer in commit.Answers)
        {
            writer.InsertAnswer(answer);
        }

        foreach (var touch in commit.Touches)
        {
            writer.InsertTouch(touch);
        }

        foreach (var dealEvent in commit.Events)
        {
            writer.InsertEvent(dealEvent);
        }

        if (commit.Profile is { } profile)
        {
            writer.UpsertProfile(profile);
        }

        if (commit.Address is { } address)
        {
            writer.UpsertAddress(address);
        }

        writer.WriteNudges(commit);

        // Deletions last: a turn that plans nudges for a deal and then forgets it leaves nothing behind.
        var forgetting = new Forgetter(batch, sql);
        forgetting.ForgetDeals(commit.Owner, commit.ForgottenDealIds);
        if (commit.ForgetOwner)
        {
            forgetting.ForgetOwner(commit.Owner);
        }

        await batch.RunAsync(session, cancellationToken);
        return true;
    }

    private static ConversationState ReadConversation(SqlRow row) => new(row.Text(0), row.Text(1), row.Long(2));

    private static (string, object?)[] OwnedDealArgs(Owner owner, string dealId) =>
        [("@DealId", dealId), ("@TenantId", owner.TenantId), ("@UserId", owner.UserId)];
}
