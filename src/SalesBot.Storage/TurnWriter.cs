using SalesBot.Core.Channels;
using SalesBot.Core.Deals;
using SalesBot.Core.Nudges;
using SalesBot.Core.Storage;
using SalesBot.Core.Users;
using SalesBot.Storage.Rows;
using SalesBot.Storage.Sql;

namespace SalesBot.Storage;

/// <summary>
/// The writes of one <see cref="TurnCommit"/>, added to one <see cref="SqlBatch"/> that runs inside the caller's
/// transaction (one round trip on PostgreSQL). Every versioned write compares the version in its own statement, so a
/// writer that lost a race changes nothing and its check throws a conflict; lists go in as one parameter, so the SQL text
/// never changes (SQLite keeps it compiled). Any throw leaves the caller to roll back.
/// </summary>
internal sealed class TurnWriter(SqlBatch batch, SqlDialect sql)
{
    /// <summary>Why a nudge the deal no longer wants was cancelled; a plan that wants it again brings it back.</summary>
    private const string NoLongerDue = "no longer due: the deal moved on";

    private readonly SqlDialect _sql = sql;

    /// <summary>Refuses the commit unless every deal it writes to, or under, belongs to the commit's owner.</summary>
    public void EnsureOwned(TurnCommit commit)
    {
        if (commit.Profile is { } profile && profile.Owner != commit.Owner)
        {
            throw new UnauthorizedAccessException($"A turn of {commit.Owner} cannot write the profile of {profile.Owner}.");
        }

        if (commit.Address is { } address && address.Owner != commit.Owner)
        {
            throw new UnauthorizedAccessException($"A turn of {commit.Owner} cannot write the address of {address.Owner}.");
        }

        if (commit.NudgePlans.SelectMany(plan => plan.Wanted)
                .FirstOrDefault(nudge => nudge.Owner != commit.Owner || !commit.NudgePlans.Any(plan => plan.DealId == nudge.DealId)) is { } stray)
        {
            throw new UnauthorizedAccessException($"A turn of {commit.Owner} cannot plan nudge {stray.Id} of {stray.Owner}.");
        }

        if (commit.NewDeals.Concat(commit.ChangedDeals).FirstOrDefault(deal => deal.Owner != commit.Owner) is { } foreign)
        {
            throw new UnauthorizedAccessException($"A turn of {commit.Owner} cannot write deal {foreign.Id} of {foreign.Owner}.");
        }

        var newIds = commit.NewDeals.Select(deal => deal.Id).ToHashSet(StringComparer.Ordinal);
        var ids = commit.ChangedDeals.Select(deal => deal.Id)
            .Concat(commit.Answers.Select(answer => answer.DealId))
            .Concat(commit.Touches.Select(touch => touch.DealId))
            .Concat(commit.Events.Select(dealEvent => dealEvent.DealId))
            .Concat(commit.NudgePlans.Select(plan => plan.DealId))
            .Where(id => !newIds.Contains(id));
        DealOwnership.Ensure(batch, _sql, commit.Owner, ids, ".");
    }

    /// <summary>
    /// Marks the delivery handled; a mark already there (and younger than a day) means an earlier commit handled it:
    /// <see cref="DuplicateDeliveryException"/>, and the caller rolls everything back. When due, old marks go first.
    /// </summary>
    public void RecordDelivery(DeliveryMark mark, bool prune) =>
        DeliveryLog.Record(
            batch, mark.ChannelId, mark.DeliveryId, mark.ReceivedAt, prune,
            recorded => recorded ? null : new DuplicateDeliveryException($"Delivery {mark.DeliveryId} of {mark.ChannelId} was handled before."));

    /// <summary>Writes only when something changed, so a turn that saw the same address does not rewrite the row.</summary>
    public void UpsertAddress(ChannelAddress address) => batch.Add(
        "INSERT INTO channel_addresses (tenant_id, user_id, channel_id, reference, locale, time_zone, reachable, unreachable_reason, updated_at) " +
        $"VALUES (@TenantId, @UserId, @ChannelId, @Reference, @Locale, @TimeZone, {_sql.True}, NULL, @UpdatedAt) " +
        "ON CONFLICT (tenant_id, user_id, channel_id) DO UPDATE SET reference = excluded.reference, locale = excluded.locale, " +
        $"time_zone = excluded.time_zone, reachable = {_sql.True}, unreachable_reason = NULL, updated_at = excluded.updated_at " +
        $"WHERE channel_addresses.reachable = {_sql.False} OR channel_addresses.reference IS DISTINCT FROM excluded.reference " +
        "OR channel_addresses.locale IS DISTINCT FROM excluded.locale OR channel_addresses.time_zone IS DISTINCT FROM excluded.time_zone",
        ChannelAddressRow.Args(address));

    public void WriteState(ConversationStateWrite write)
    {
        var sql = (write.Json, write.ExpectedVersion) switch
        {
            // Deleting a state that was never read: fine as long as none appeared meanwhile.
            (null, 0) => "SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM conversation_states WHERE conversation_key = @Key)",
            (null, _) => "DELETE FROM conversation_states WHERE conversation_key = @Key AND version = @ExpectedVersion RETURNING 1",
            (_, 0) => "INSERT INTO conversation_states (conversation_key, json, version, deal_id) VALUES (@Key, @Json, 1, @DealId) " +
                      "ON CONFLICT (conversation_key) DO NOTHING RETURNING 1",
            _ => "UPDATE conversation_states SET json = @Json, version = version + 1, deal_id = @DealId " +
                 "WHERE conversation_key = @Key AND version = @ExpectedVersion RETURNING 1",
        };
        batch.Add(
            sql,
            [("@Key", write.Key), ("@Json", write.Json), ("@ExpectedVersion", write.ExpectedVersion), ("@DealId", write.DealId)],
            rows => rows > 0 ? null : new ConcurrencyConflictException($"Conversation {write.Key} is no longer at version {write.ExpectedVersion}."));
    }

    public void InsertDeal(Deal deal)
    {
        const string Sql =
            "INSERT INTO deals (id, tenant_id, user_id, prospect, stage, status, completed_steps, closed_reason, created_at, updated_at, version) " +
            "VALUES (@Id, @TenantId, @UserId, @Prospect, @Stage, @Status, @CompletedSteps, @ClosedReason, @CreatedAt, @UpdatedAt, 1) " +
            "ON CONFLICT (id) DO NOTHING";
        batch.Add(Sql, DealRow.Args(deal), rows => rows > 0 ? null : new ConcurrencyConflictException($"Deal {deal.Id} already exists."));
    }

    public void UpdateDeal(Deal deal)
    {
        const string Sql =
            "UPDATE deals SET stage = @Stage, status = @Status, completed_steps = @CompletedSteps, closed_reason = @ClosedReason, " +
            "updated_at = @UpdatedAt, version = version + 1 " +
            "WHERE id = @Id AND tenant_id = @TenantId AND user_id = @UserId AND version = @Version";
        batch.Add(Sql, DealRow.Args(deal), rows => rows > 0 ? null : new ConcurrencyConflictException($"Deal {deal.Id} is no longer at version {deal.Version}."));
    }

    public void InsertAnswer(Answer answer)
    {
        const string Sql =
            "INSERT INTO answers (deal_id, question_id, version, step_id, value, note, recorded_at, recorded_by) " +
            "VALUES (@DealId, @QuestionId, @Version, @StepId, @Value, @Note, @RecordedAt, @RecordedBy) " +
            "ON CONFLICT (deal_id, question_id, version) DO NOTHING";
        (string, object?)[] args =
        [
            ("@DealId", answer.DealId), ("@QuestionId", answer.QuestionId), ("@Version", answer.Version), ("@StepId", answer.StepId),
            ("@Value", answer.Value), ("@Note", answer.Note), ("@RecordedAt", answer.RecordedAt), ("@RecordedBy", answer.RecordedBy),
        ];
        batch.Add(Sql, args, rows => rows > 0 ? null : new ConcurrencyConflictException(
            $"Version {answer.Version} of answer {answer.QuestionId} on deal {answer.DealId} was recorded meanwhile."));
    }

    public void InsertTouch(Touch touch) => batch.Add(
        "INSERT INTO touches (deal_id, kind, outcome, occurred_at, recorded_by) VALUES (@DealId, @Kind, @Outcome, @OccurredAt, @By)",
        [("@DealId", touch.DealId), ("@Kind", StoreValues.Name(touch.Kind)), ("@Outcome", touch.Outcome), ("@OccurredAt", touch.At), ("@By", touch.By)]);

    public void InsertEvent(DealEvent dealEvent) => batch.Add(
        "INSERT INTO deal_events (deal_id, kind, detail, occurred_at, recorded_by) VALUES (@DealId, @Kind, @Detail, @OccurredAt, @By)",
        [("@DealId", dealEvent.DealId), ("@Kind", dealEvent.Kind), ("@Detail", dealEvent.Detail), ("@OccurredAt", dealEvent.At), ("@By", dealEvent.By)]);

    public void UpsertProfile(UserProfile profile) => batch.Add(
        $"INSERT INTO user_profiles ({UserProfileRow.Columns}) " +
        "VALUES (@TenantId, @UserId, @StartingPrice, @Currency, @Locale, @TimeZone, @UpdatedAt, @DigestAt, @PausedFrom, @PausedUntil) " +
        "ON CONFLICT (tenant_id, user_id) DO UPDATE SET starting_price = excluded.starting_price, currency = excluded.currency, " +
        "locale = excluded.locale, time_zone = excluded.time_zone, updated_at = excluded.updated_at, digest_at = excluded.digest_at, " +
        "paused_from = excluded.paused_from, paused_until = excluded.paused_until",
        UserProfileRow.Args(profile));

    /// <summary>
    /// Applies the turn's nudge plans, snoozes and completions; each touches only the owner's rows. A nudge planned again
    /// as it already is writes nothing (most turns plan the same nudges), so the commit changes only what changed; one the
    /// plan had cancelled comes back when a later plan of the same day wants it again (a call answered ends the cadence,
    /// and the day's "stalled" reminder returns).
    /// </summary>
    public void WriteNudges(TurnCommit commit)
    {
        var (tenant, user) = (commit.Owner.TenantId, commit.Owner.UserId);
        foreach (var plan in commit.NudgePlans)
        {
            foreach (var nudge in plan.Wanted)
            {
                batch.Add(
                    "INSERT INTO nudges (id, tenant_id, user_id, deal_id, kind, due_at, state, created_at) " +
                    "VALUES (@Id, @TenantId, @UserId, @DealId, @Kind, @DueAt, 'pending', @CreatedAt) " +
                    "ON CONFLICT (id) DO UPDATE SET due_at = excluded.due_at, state = 'pending', note = NULL " +
                    $"WHERE (nudges.state = 'pending' AND nudges.snoozed = {_sql.False} AND nudges.attempts = 0 AND nudges.due_at IS DISTINCT FROM excluded.due_at) " +
                    $"OR (nudges.state = 'cancelled' AND nudges.note = '{NoLongerDue}')",
                    [
                        ("@Id", nudge.Id), ("@TenantId", tenant), ("@UserId", user), ("@DealId", nudge.DealId), ("@Kind", StoreValues.Name(nudge.Kind)),
                        ("@DueAt", nudge.DueAt), ("@CreatedAt", nudge.CreatedAt),
                    ]);
            }

            batch.Add(
                $"UPDATE nudges SET state = 'cancelled', note = '{NoLongerDue}' " +
                $"WHERE deal_id = @DealId AND tenant_id = @TenantId AND user_id = @UserId AND state = 'pending' AND {_sql.NotInList("id", "@Ids")}",
                [("@DealId", plan.DealId), ("@TenantId", tenant), ("@UserId", user), ("@Ids", plan.Wanted.Select(nudge => nudge.Id).ToArray())]);
        }

        foreach (var snooze in commit.NudgeSnoozes)
        {
            batch.Add(
                $"UPDATE nudges SET state = 'pending', due_at = @DueAt, snoozed = {_sql.True}, claimed_by = NULL, lease_until = NULL, sent_at = NULL " +
                "WHERE id = @NudgeId AND tenant_id = @TenantId AND user_id = @UserId AND state IN ('pending', 'sent')",
                [("@NudgeId", snooze.NudgeId), ("@DueAt", snooze.DueAt), ("@TenantId", tenant), ("@UserId", user)]);
        }

        foreach (var completion in commit.NudgeCompletions)
        {
            batch.Add(
                "UPDATE nudges SET state = 'done', claimed_by = NULL, lease_until = NULL " +
                "WHERE id = @NudgeId AND tenant_id = @TenantId AND user_id = @UserId AND state IN ('pending', 'sent')",
                [("@NudgeId", completion.NudgeId), ("@TenantId", tenant), ("@UserId", user)]);
        }
    }
}
