using System.Text.Json;
using Microsoft.Data.Sqlite;
using SalesBot.Core.Channels;
using SalesBot.Core.Deals;
using SalesBot.Core.Nudges;
using SalesBot.Core.Storage;
using SalesBot.Core.Users;

namespace SalesBot.Storage.Sqlite;

/// <summary>
/// The writes of one <see cref="TurnCommit"/>, inside the caller's transaction, as statements compiled once per
/// connection (lists go in as one JSON array, so the SQL text never changes). Any throw leaves the caller to roll back.
/// </summary>
internal sealed class SqliteTurnWriter(SqlitePreparedConnection prepared, SqliteTransaction transaction)
{
    /// <summary>Refuses the commit unless every deal it writes to, or under, belongs to the commit's owner.</summary>
    public async Task EnsureOwnedAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
        if (commit.Profile is { } profile && profile.Owner != commit.Owner)
        {
            throw new UnauthorizedAccessException($"A turn of {commit.Owner} cannot write the profile of {profile.Owner}.");
        }

        if (commit.Address is { } address && address.Owner != commit.Owner)
        {
            throw new UnauthorizedAccessException($"A turn of {commit.Owner} cannot write the address of {address.Owner}.");
        }

        if (commit.NudgePlans.SelectMany(plan => plan.Wanted).FirstOrDefault(n => n.Owner != commit.Owner || !commit.NudgePlans.Any(p => p.DealId == n.DealId)) is { } stray)
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
            .Where(id => !newIds.Contains(id))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var owned = await prepared.QueryStringsAsync(
            "SELECT id FROM deals WHERE tenant_id = @TenantId AND user_id = @UserId AND id IN (SELECT value FROM json_each(@Ids))",
            transaction,
            [("@TenantId", commit.Owner.TenantId), ("@UserId", commit.Owner.UserId), ("@Ids", JsonSerializer.Serialize(ids))],
            cancellationToken);
        if (ids.Except(owned, StringComparer.Ordinal).FirstOrDefault() is { } missing)
        {
            throw new UnauthorizedAccessException($"Deal {missing} is not a deal of {commit.Owner}.");
        }
    }

    /// <summary>
    /// Marks the delivery handled; a mark already there (and younger than a day) means an earlier commit handled it:
    /// <see cref="DuplicateDeliveryException"/>, and the caller rolls everything back. When due, old marks go first.
    /// </summary>
    public async Task RecordDeliveryAsync(DeliveryMark mark, bool prune, CancellationToken cancellationToken)
    {
        var cutoff = SqliteValues.Ticks(mark.ReceivedAt - DeliveryMemory.Span);
        if (prune)
        {
            await ExecuteAsync("DELETE FROM channel_deliveries WHERE received_at < @cutoff", [("@cutoff", cutoff)], cancellationToken);
        }

        var recorded = await ExecuteAsync(
            "INSERT INTO channel_deliveries (channel_id, delivery_id, received_at) VALUES (@channelId, @deliveryId, @at) " +
            "ON CONFLICT (channel_id, delivery_id) DO UPDATE SET received_at = excluded.received_at WHERE channel_deliveries.received_at < @cutoff",
            [("@channelId", mark.ChannelId), ("@deliveryId", mark.DeliveryId), ("@at", SqliteValues.Ticks(mark.ReceivedAt)), ("@cutoff", cutoff)],
            cancellationToken);
        if (recorded != 1)
        {
            throw new DuplicateDeliveryException($"Delivery {mark.DeliveryId} of {mark.ChannelId} was handled before.");
        }
    }

    public Task UpsertAddressAsync(ChannelAddress address, CancellationToken cancellationToken) => ExecuteAsync(
        "INSERT INTO channel_addresses (tenant_id, user_id, channel_id, reference, locale, time_zone, reachable, unreachable_reason, updated_at) " +
        "VALUES (@TenantId, @UserId, @ChannelId, @Reference, @Locale, @TimeZone, 1, NULL, @UpdatedAt) " +
        "ON CONFLICT (tenant_id, user_id, channel_id) DO UPDATE SET reference = excluded.reference, locale = excluded.locale, " +
        "time_zone = excluded.time_zone, reachable = 1, unreachable_reason = NULL, updated_at = excluded.updated_at " +
        "WHERE channel_addresses.reachable = 0 OR channel_addresses.reference IS NOT excluded.reference " +
        "OR channel_addresses.locale IS NOT excluded.locale OR channel_addresses.time_zone IS NOT excluded.time_zone",
        [
            ("@TenantId", address.Owner.TenantId), ("@UserId", address.Owner.UserId), ("@ChannelId", address.ChannelId), ("@Reference", address.Reference),
            ("@Locale", address.Locale), ("@TimeZone", address.TimeZone), ("@UpdatedAt", SqliteValues.Ticks(address.UpdatedAt)),
        ],
        cancellationToken);

    public async Task WriteStateAsync(ConversationStateWrite write, CancellationToken cancellationToken)
    {
        var sql = (write.Json, write.ExpectedVersion) switch
        {
            // Deleting a state that was never read: fine as long as none appeared meanwhile.
            (null, 0) => "SELECT NOT EXISTS (SELECT 1 FROM conversation_states WHERE conversation_key = @Key)",
            (null, _) => "DELETE FROM conversation_states WHERE conversation_key = @Key AND version = @ExpectedVersion RETURNING 1",
            (_, 0) => "INSERT INTO conversation_states (conversation_key, json, version) VALUES (@Key, @Json, 1) " +
                      "ON CONFLICT (conversation_key) DO NOTHING RETURNING 1",
            _ => "UPDATE conversation_states SET json = @Json, version = version + 1 " +
                 "WHERE conversation_key = @Key AND version = @ExpectedVersion RETURNING 1",
        };
        var written = await prepared.ScalarAsync(
            sql, transaction, [("@Key", write.Key), ("@Json", write.Json), ("@ExpectedVersion", write.ExpectedVersion)], cancellationToken);
        if (written is not 1L)
        {
            throw new ConcurrencyConflictException($"Conversation {write.Key} is no longer at version {write.ExpectedVersion}.");
        }
    }

    public async Task InsertDealAsync(Deal deal, CancellationToken cancellationToken)
    {
        const string Sql =
            "INSERT INTO deals (id, tenant_id, user_id, prospect, stage, status, completed_steps, closed_reason, created_at, updated_at, version) " +
            "VALUES (@Id, @TenantId, @UserId, @Prospect, @Stage, @Status, @CompletedSteps, @ClosedReason, @CreatedAt, @UpdatedAt, 1) " +
            "ON CONFLICT (id) DO NOTHING";
        if (await ExecuteAsync(Sql, DealArgs(deal), cancellationToken) == 0)
        {
            throw new ConcurrencyConflictException($"Deal {deal.Id} already exists.");
        }
    }

    public async Task UpdateDealAsync(Deal deal, CancellationToken cancellationToken)
    {
        const string Sql =
            "UPDATE deals SET stage = @Stage, status = @Status, completed_steps = @CompletedSteps, closed_reason = @ClosedReason, " +
            "updated_at = @UpdatedAt, version = version + 1 " +
            "WHERE id = @Id AND tenant_id = @TenantId AND user_id = @UserId AND version = @Version";
        if (await ExecuteAsync(Sql, DealArgs(deal), cancellationToken) == 0)
        {
            throw new ConcurrencyConflictException($"Deal {deal.Id} is no longer at version {deal.Version}.");
        }
    }

    public async Task InsertAnswerAsync(Answer answer, CancellationToken cancellationToken)
    {
        const string Sql =
            "INSERT INTO answers (deal_id, question_id, version, step_id, value, note, recorded_at, recorded_by) " +
            "VALUES (@DealId, @QuestionId, @Version, @StepId, @Value, @Note, @RecordedAt, @RecordedBy) " +
            "ON CONFLICT (deal_id, question_id, version) DO NOTHING";
        (string, object?)[] args =
        [
            ("@DealId", answer.DealId), ("@QuestionId", answer.QuestionId), ("@Version", answer.Version), ("@StepId", answer.StepId),
            ("@Value", answer.Value), ("@Note", answer.Note), ("@RecordedAt", SqliteValues.Ticks(answer.RecordedAt)), ("@RecordedBy", answer.RecordedBy),
        ];
        if (await ExecuteAsync(Sql, args, cancellationToken) == 0)
        {
            throw new ConcurrencyConflictException(
                $"Version {answer.Version} of answer {answer.QuestionId} on deal {answer.DealId} was recorded meanwhile.");
        }
    }

    public Task InsertTouchAsync(Touch touch, CancellationToken cancellationToken) => ExecuteAsync(
        "INSERT INTO touches (deal_id, kind, outcome, occurred_at, recorded_by) VALUES (@DealId, @Kind, @Outcome, @OccurredAt, @By)",
        [("@DealId", touch.DealId), ("@Kind", SqliteValues.Name(touch.Kind)), ("@Outcome", touch.Outcome), ("@OccurredAt", SqliteValues.Ticks(touch.At)), ("@By", touch.By)],
        cancellationToken);

    public Task InsertEventAsync(DealEvent dealEvent, CancellationToken cancellationToken) => ExecuteAsync(
        "INSERT INTO deal_events (deal_id, kind, detail, occurred_at, recorded_by) VALUES (@DealId, @Kind, @Detail, @OccurredAt, @By)",
        [("@DealId", dealEvent.DealId), ("@Kind", dealEvent.Kind), ("@Detail", dealEvent.Detail), ("@OccurredAt", SqliteValues.Ticks(dealEvent.At)), ("@By", dealEvent.By)],
        cancellationToken);

    public Task UpsertProfileAsync(UserProfile profile, CancellationToken cancellationToken) => ExecuteAsync(
        "INSERT INTO user_profiles (tenant_id, user_id, starting_price, currency, locale, time_zone, updated_at, digest_at, paused_from, paused_until) " +
        "VALUES (@TenantId, @UserId, @StartingPrice, @Currency, @Locale, @TimeZone, @UpdatedAt, @DigestAt, @PausedFrom, @PausedUntil) " +
        "ON CONFLICT (tenant_id, user_id) DO UPDATE SET starting_price = excluded.starting_price, currency = excluded.currency, " +
        "locale = excluded.locale, time_zone = excluded.time_zone, updated_at = excluded.updated_at, digest_at = excluded.digest_at, " +
        "paused_from = excluded.paused_from, paused_until = excluded.paused_until",
        [
            ("@TenantId", profile.Owner.TenantId),
            ("@UserId", profile.Owner.UserId),
            ("@StartingPrice", SqliteValues.Text(profile.StartingPrice)),
            ("@Currency", profile.Currency),
            ("@Locale", profile.Locale),
            ("@TimeZone", profile.TimeZone),
            ("@UpdatedAt", SqliteValues.Ticks(profile.UpdatedAt)),
            ("@DigestAt", profile.DigestAt?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)),
            ("@PausedFrom", profile.PausedFrom is { } from ? SqliteValues.Ticks(from) : null),
            ("@PausedUntil", profile.PausedUntil is { } until ? SqliteValues.Ticks(until) : null),
        ],
        cancellationToken);

    /// <summary>Applies the turn's nudge plans, snoozes and completions; each touches only the owner's rows.</summary>
    public async Task WriteNudgesAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
        var (tenant, user) = (commit.Owner.TenantId, commit.Owner.UserId);
        foreach (var plan in commit.NudgePlans)
        {
            foreach (var nudge in plan.Wanted)
            {
                await ExecuteAsync(
                    "INSERT INTO nudges (id, tenant_id, user_id, deal_id, kind, due_at, state, created_at) " +
                    "VALUES (@Id, @TenantId, @UserId, @DealId, @Kind, @DueAt, 'pending', @CreatedAt) " +
                    "ON CONFLICT (id) DO UPDATE SET due_at = excluded.due_at " +
                    "WHERE nudges.state = 'pending' AND nudges.snoozed = 0 AND nudges.attempts = 0",
                    [
                        ("@Id", nudge.Id), ("@TenantId", tenant), ("@UserId", user), ("@DealId", nudge.DealId), ("@Kind", SqliteValues.Name(nudge.Kind)),
                        ("@DueAt", SqliteValues.Ticks(nudge.DueAt)), ("@CreatedAt", SqliteValues.Ticks(nudge.CreatedAt)),
                    ],
                    cancellationToken);
            }

            await ExecuteAsync(
                "UPDATE nudges SET state = 'cancelled', note = 'no longer due: the deal moved on' " +
                "WHERE deal_id = @DealId AND tenant_id = @TenantId AND user_id = @UserId AND state = 'pending' " +
                "AND id NOT IN (SELECT value FROM json_each(@Ids))",
                [("@DealId", plan.DealId), ("@TenantId", tenant), ("@UserId", user), ("@Ids", JsonSerializer.Serialize(plan.Wanted.Select(n => n.Id)))],
                cancellationToken);
        }

        foreach (var snooze in commit.NudgeSnoozes)
        {
            await ExecuteAsync(
                "UPDATE nudges SET state = 'pending', due_at = @DueAt, snoozed = 1, claimed_by = NULL, lease_until = NULL, sent_at = NULL " +
                "WHERE id = @NudgeId AND tenant_id = @TenantId AND user_id = @UserId AND state IN ('pending', 'sent')",
                [("@NudgeId", snooze.NudgeId), ("@DueAt", SqliteValues.Ticks(snooze.DueAt)), ("@TenantId", tenant), ("@UserId", user)],
                cancellationToken);
        }

        foreach (var completion in commit.NudgeCompletions)
        {
            await ExecuteAsync(
                "UPDATE nudges SET state = 'done', claimed_by = NULL, lease_until = NULL " +
                "WHERE id = @NudgeId AND tenant_id = @TenantId AND user_id = @UserId AND state IN ('pending', 'sent')",
                [("@NudgeId", completion.NudgeId), ("@TenantId", tenant), ("@UserId", user)],
                cancellationToken);
        }
    }

    private static (string, object?)[] DealArgs(Deal deal) =>
    [
        ("@Id", deal.Id),
        ("@TenantId", deal.Owner.TenantId),
        ("@UserId", deal.Owner.UserId),
        ("@Prospect", deal.Prospect),
        ("@Stage", SqliteValues.Name(deal.Stage)),
        ("@Status", SqliteValues.Name(deal.Status)),
        ("@CompletedSteps", SqliteValues.StepsJson(deal.CompletedSteps)),
        ("@ClosedReason", deal.ClosedReason),
        ("@CreatedAt", SqliteValues.Ticks(deal.CreatedAt)),
        ("@UpdatedAt", SqliteValues.Ticks(deal.UpdatedAt)),
        ("@Version", deal.Version),
    ];

    private Task<int> ExecuteAsync(string sql, (string, object?)[] args, CancellationToken cancellationToken) =>
        prepared.ExecuteAsync(sql, transaction, args, cancellationToken);
}
