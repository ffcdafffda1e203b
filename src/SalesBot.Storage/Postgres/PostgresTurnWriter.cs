using Dapper;
using Npgsql;
using SalesBot.Core.Channels;
using SalesBot.Core.Deals;
using SalesBot.Core.Nudges;
using SalesBot.Core.Storage;
using SalesBot.Core.Users;

namespace SalesBot.Storage.Postgres;

/// <summary>
/// The writes of one <see cref="TurnCommit"/>, inside the caller's READ COMMITTED transaction. Every versioned write
/// compares the version in its own statement: a second writer of the same row waits for the first to commit, then
/// PostgreSQL re-checks its WHERE against the new row, finds the version moved on and changes nothing — a conflict.
/// Any throw leaves the caller to roll back.
/// </summary>
internal sealed class PostgresTurnWriter(NpgsqlConnection connection, NpgsqlTransaction transaction)
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
            .Where(id => !newIds.Contains(id))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        if (ids.Length == 0)
        {
            return;
        }

        var owned = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT id FROM deals WHERE tenant_id = @TenantId AND user_id = @UserId AND id = ANY(@Ids)",
            new { commit.Owner.TenantId, commit.Owner.UserId, Ids = ids },
            transaction,
            cancellationToken: cancellationToken));
        if (ids.Except(owned, StringComparer.Ordinal).FirstOrDefault() is { } missing)
        {
            throw new UnauthorizedAccessException($"Deal {missing} is not a deal of {commit.Owner}.");
        }
    }

    /// <summary>
    /// Marks the delivery handled; a mark already there (and younger than a day) means an earlier commit handled it:
    /// <see cref="DuplicateDeliveryException"/>, and the caller rolls everything back. The primary key decides between
    /// instances: the second insert of one id waits for the first transaction, then finds the row and changes nothing.
    /// </summary>
    public async Task RecordDeliveryAsync(DeliveryMark mark, bool prune, CancellationToken cancellationToken)
    {
        var cutoff = PostgresValues.Utc(mark.ReceivedAt - DeliveryMemory.Span);
        if (prune)
        {
            await ExecuteAsync("DELETE FROM channel_deliveries WHERE received_at < @cutoff", new { cutoff }, cancellationToken);
        }

        var recorded = await ExecuteAsync(
            "INSERT INTO channel_deliveries (channel_id, delivery_id, received_at) VALUES (@ChannelId, @DeliveryId, @At) " +
            "ON CONFLICT (channel_id, delivery_id) DO UPDATE SET received_at = excluded.received_at WHERE channel_deliveries.received_at < @Cutoff",
            new { mark.ChannelId, mark.DeliveryId, At = PostgresValues.Utc(mark.ReceivedAt), Cutoff = cutoff },
            cancellationToken);
        if (recorded != 1)
        {
            throw new DuplicateDeliveryException($"Delivery {mark.DeliveryId} of {mark.ChannelId} was handled before.");
        }
    }

    public Task UpsertAddressAsync(ChannelAddress address, CancellationToken cancellationToken) => ExecuteAsync(
        "INSERT INTO channel_addresses (tenant_id, user_id, channel_id, reference, locale, time_zone, reachable, unreachable_reason, updated_at) " +
        "VALUES (@TenantId, @UserId, @ChannelId, @Reference, @Locale, @TimeZone, true, NULL, @UpdatedAt) " +
        "ON CONFLICT (tenant_id, user_id, channel_id) DO UPDATE SET reference = excluded.reference, locale = excluded.locale, " +
        "time_zone = excluded.time_zone, reachable = true, unreachable_reason = NULL, updated_at = excluded.updated_at " +
        "WHERE NOT channel_addresses.reachable OR channel_addresses.reference IS DISTINCT FROM excluded.reference " +
        "OR channel_addresses.locale IS DISTINCT FROM excluded.locale OR channel_addresses.time_zone IS DISTINCT FROM excluded.time_zone",
        new
        {
            address.Owner.TenantId, address.Owner.UserId, address.ChannelId, address.Reference, address.Locale, address.TimeZone,
            UpdatedAt = PostgresValues.Utc(address.UpdatedAt),
        },
        cancellationToken);

    public async Task WriteStateAsync(ConversationStateWrite write, CancellationToken cancellationToken)
    {
        var sql = (write.Json, write.ExpectedVersion) switch
        {
            // Deleting a state that was never read: fine as long as none appeared meanwhile.
            (null, 0) => "SELECT NOT EXISTS (SELECT 1 FROM conversation_states WHERE conversation_key = @Key)",
            (null, _) => "DELETE FROM conversation_states WHERE conversation_key = @Key AND version = @ExpectedVersion RETURNING true",
            (_, 0) => "INSERT INTO conversation_states (conversation_key, json, version) VALUES (@Key, @Json, 1) " +
                      "ON CONFLICT (conversation_key) DO NOTHING RETURNING true",
            _ => "UPDATE conversation_states SET json = @Json, version = version + 1 " +
                 "WHERE conversation_key = @Key AND version = @ExpectedVersion RETURNING true",
        };
        var written = await connection.ExecuteScalarAsync<bool?>(new CommandDefinition(sql, write, transaction, cancellationToken: cancellationToken));
        if (written != true)
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
        var args = new
        {
            answer.DealId,
            answer.QuestionId,
            answer.Version,
            answer.StepId,
            answer.Value,
            answer.Note,
            RecordedAt = PostgresValues.Utc(answer.RecordedAt),
            answer.RecordedBy,
        };
        if (await ExecuteAsync(Sql, args, cancellationToken) == 0)
        {
            throw new ConcurrencyConflictException(
                $"Version {answer.Version} of answer {answer.QuestionId} on deal {answer.DealId} was recorded meanwhile.");
        }
    }

    public Task InsertTouchAsync(Touch touch, CancellationToken cancellationToken) => ExecuteAsync(
        "INSERT INTO touches (deal_id, kind, outcome, occurred_at, recorded_by) VALUES (@DealId, @Kind, @Outcome, @OccurredAt, @By)",
        new { touch.DealId, Kind = PostgresValues.Name(touch.Kind), touch.Outcome, OccurredAt = PostgresValues.Utc(touch.At), touch.By },
        cancellationToken);

    public Task InsertEventAsync(DealEvent dealEvent, CancellationToken cancellationToken) => ExecuteAsync(
        "INSERT INTO deal_events (deal_id, kind, detail, occurred_at, recorded_by) VALUES (@DealId, @Kind, @Detail, @OccurredAt, @By)",
        new { dealEvent.DealId, dealEvent.Kind, dealEvent.Detail, OccurredAt = PostgresValues.Utc(dealEvent.At), dealEvent.By },
        cancellationToken);

    public Task UpsertProfileAsync(UserProfile profile, CancellationToken cancellationToken) => ExecuteAsync(
        "INSERT INTO user_profiles (tenant_id, user_id, starting_price, currency, locale, time_zone, updated_at, digest_at, paused_from, paused_until) " +
        "VALUES (@TenantId, @UserId, @StartingPrice, @Currency, @Locale, @TimeZone, @UpdatedAt, @DigestAt, @PausedFrom, @PausedUntil) " +
        "ON CONFLICT (tenant_id, user_id) DO UPDATE SET starting_price = excluded.starting_price, currency = excluded.currency, " +
        "locale = excluded.locale, time_zone = excluded.time_zone, updated_at = excluded.updated_at, digest_at = excluded.digest_at, " +
        "paused_from = excluded.paused_from, paused_until = excluded.paused_until",
        new
        {
            profile.Owner.TenantId,
            profile.Owner.UserId,
            profile.StartingPrice,
            profile.Currency,
            profile.Locale,
            profile.TimeZone,
            UpdatedAt = PostgresValues.Utc(profile.UpdatedAt),
            DigestAt = profile.DigestAt?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            PausedFrom = profile.PausedFrom is { } from ? PostgresValues.Utc(from) : (DateTime?)null,
            PausedUntil = profile.PausedUntil is { } until ? PostgresValues.Utc(until) : (DateTime?)null,
        },
        cancellationToken);

    /// <summary>Applies the turn's nudge plans, snoozes and completions; each touches only the owner's rows.</summary>
    public async Task WriteNudgesAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
        var owner = new { commit.Owner.TenantId, commit.Owner.UserId };
        foreach (var plan in commit.NudgePlans)
        {
            foreach (var nudge in plan.Wanted)
            {
                await ExecuteAsync(
                    "INSERT INTO nudges (id, tenant_id, user_id, deal_id, kind, due_at, state, created_at) " +
                    "VALUES (@Id, @TenantId, @UserId, @DealId, @Kind, @DueAt, 'pending', @CreatedAt) " +
                    "ON CONFLICT (id) DO UPDATE SET due_at = excluded.due_at " +
                    "WHERE nudges.state = 'pending' AND NOT nudges.snoozed AND nudges.attempts = 0",
                    new
                    {
                        nudge.Id, owner.TenantId, owner.UserId, nudge.DealId, Kind = PostgresValues.Name(nudge.Kind),
                        DueAt = PostgresValues.Utc(nudge.DueAt), CreatedAt = PostgresValues.Utc(nudge.CreatedAt),
                    },
                    cancellationToken);
            }

            await ExecuteAsync(
                "UPDATE nudges SET state = 'cancelled', note = 'no longer due: the deal moved on' " +
                "WHERE deal_id = @DealId AND tenant_id = @TenantId AND user_id = @UserId AND state = 'pending' AND id <> ALL(@Ids)",
                new { plan.DealId, owner.TenantId, owner.UserId, Ids = plan.Wanted.Select(nudge => nudge.Id).ToArray() },
                cancellationToken);
        }

        foreach (var snooze in commit.NudgeSnoozes)
        {
            await ExecuteAsync(
                "UPDATE nudges SET state = 'pending', due_at = @DueAt, snoozed = true, claimed_by = NULL, lease_until = NULL, sent_at = NULL " +
                "WHERE id = @NudgeId AND tenant_id = @TenantId AND user_id = @UserId AND state IN ('pending', 'sent')",
                new { snooze.NudgeId, DueAt = PostgresValues.Utc(snooze.DueAt), owner.TenantId, owner.UserId },
                cancellationToken);
        }

        foreach (var completion in commit.NudgeCompletions)
        {
            await ExecuteAsync(
                "UPDATE nudges SET state = 'done', claimed_by = NULL, lease_until = NULL " +
                "WHERE id = @NudgeId AND tenant_id = @TenantId AND user_id = @UserId AND state IN ('pending', 'sent')",
                new { completion.NudgeId, owner.TenantId, owner.UserId },
                cancellationToken);
        }
    }

    private static object DealArgs(Deal deal) => new
    {
        deal.Id,
        deal.Owner.TenantId,
        deal.Owner.UserId,
        deal.Prospect,
        Stage = PostgresValues.Name(deal.Stage),
        Status = PostgresValues.Name(deal.Status),
        CompletedSteps = deal.CompletedSteps.ToArray(),
        deal.ClosedReason,
        CreatedAt = PostgresValues.Utc(deal.CreatedAt),
        UpdatedAt = PostgresValues.Utc(deal.UpdatedAt),
        deal.Version,
    };

    private Task<int> ExecuteAsync(string sql, object args, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(sql, args, transaction, cancellationToken: cancellationToken));
}
