using Dapper;
using Npgsql;
using SalesBot.Core.Channels;
using SalesBot.Core.Conversations;

namespace SalesBot.Storage.Postgres;

/// <summary>Channel addresses, handled deliveries and app installs in PostgreSQL, shared by every instance.</summary>
internal sealed class PostgresChannelStore(NpgsqlDataSource dataSource) : IChannelStore
{
    private static readonly TimeSpan DeliveryMemory = TimeSpan.FromDays(1);
    private readonly PruneSchedule _prune = new(TimeSpan.FromMinutes(1));

    public Task SaveAddressAsync(ChannelAddress address, CancellationToken cancellationToken) => ExecuteAsync(
        """
        INSERT INTO channel_addresses (tenant_id, user_id, channel_id, reference, locale, time_zone, reachable, unreachable_reason, updated_at)
        VALUES (@TenantId, @UserId, @ChannelId, @Reference, @Locale, @TimeZone, true, NULL, @UpdatedAt)
        ON CONFLICT (tenant_id, user_id, channel_id) DO UPDATE SET
            reference = excluded.reference, locale = excluded.locale, time_zone = excluded.time_zone,
            reachable = true, unreachable_reason = NULL, updated_at = excluded.updated_at
        """,
        new
        {
            address.Owner.TenantId, address.Owner.UserId, address.ChannelId, address.Reference, address.Locale, address.TimeZone,
            UpdatedAt = PostgresValues.Utc(address.UpdatedAt),
        },
        cancellationToken);

    public async Task<ChannelAddress?> GetAddressAsync(Owner owner, string channelId, CancellationToken cancellationToken) =>
        (await QueryAsync<PgChannelAddressRow>(
            $"SELECT {PgChannelAddressRow.Columns} FROM channel_addresses WHERE tenant_id = @TenantId AND user_id = @UserId AND channel_id = @channelId",
            new { owner.TenantId, owner.UserId, channelId },
            cancellationToken)).SingleOrDefault()?.ToAddress();

    public async Task<IReadOnlyList<ChannelAddress>> GetAddressesAsync(Owner owner, CancellationToken cancellationToken) =>
        (await QueryAsync<PgChannelAddressRow>(
            $"SELECT {PgChannelAddressRow.Columns} FROM channel_addresses WHERE tenant_id = @TenantId AND user_id = @UserId ORDER BY channel_id",
            new { owner.TenantId, owner.UserId },
            cancellationToken)).Select(row => row.ToAddress()).ToList();

    public Task MarkUnreachableAsync(Owner owner, string channelId, string reason, DateTimeOffset at, CancellationToken cancellationToken) => ExecuteAsync(
        "UPDATE channel_addresses SET reachable = false, unreachable_reason = @reason, updated_at = @at " +
        "WHERE tenant_id = @TenantId AND user_id = @UserId AND channel_id = @channelId",
        new { owner.TenantId, owner.UserId, channelId, reason, at = PostgresValues.Utc(at) },
        cancellationToken);

    /// <summary>
    /// One statement per delivery: a new id is inserted, an id last seen more than a day ago counts as new again.
    /// The primary key decides: of two instances receiving the same retry at once, one inserts and the other waits
    /// for it and then changes nothing, so exactly one processes the delivery. Old rows are deleted at most once a
    /// minute per instance, not on every delivery.
    /// </summary>
    public async Task<bool> TryRecordDeliveryAsync(string channelId, string deliveryId, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var cutoff = PostgresValues.Utc(receivedAt - DeliveryMemory);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (_prune.IsDue(receivedAt))
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM channel_deliveries WHERE received_at < @cutoff", new { cutoff }, cancellationToken: cancellationToken));
        }

        var recorded = await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO channel_deliveries (channel_id, delivery_id, received_at) VALUES (@channelId, @deliveryId, @at) " +
            "ON CONFLICT (channel_id, delivery_id) DO UPDATE SET received_at = excluded.received_at WHERE channel_deliveries.received_at < @cutoff",
            new { channelId, deliveryId, at = PostgresValues.Utc(receivedAt), cutoff },
            cancellationToken: cancellationToken));
        return recorded == 1;
    }

    public Task SaveInstallAsync(ChannelInstall install, CancellationToken cancellationToken) => ExecuteAsync(
        """
        INSERT INTO channel_installs (channel_id, tenant_id, enterprise_id, protected_token, bot_user_id, installed_by, installed_at)
        VALUES (@ChannelId, @TenantId, @EnterpriseId, @ProtectedToken, @BotUserId, @InstalledBy, @InstalledAt)
        ON CONFLICT (channel_id, tenant_id) DO UPDATE SET
            enterprise_id = excluded.enterprise_id, protected_token = excluded.protected_token, bot_user_id = excluded.bot_user_id,
            installed_by = excluded.installed_by, installed_at = excluded.installed_at
        """,
        new
        {
            install.ChannelId, install.TenantId, install.EnterpriseId, install.ProtectedToken, install.BotUserId, install.InstalledBy,
            InstalledAt = PostgresValues.Utc(install.InstalledAt),
        },
        cancellationToken);

    public async Task<ChannelInstall?> GetInstallAsync(string channelId, string tenantId, CancellationToken cancellationToken) =>
        (await QueryAsync<PgChannelInstallRow>(
            $"SELECT {PgChannelInstallRow.Columns} FROM channel_installs WHERE channel_id = @channelId AND tenant_id = @tenantId",
            new { channelId, tenantId },
            cancellationToken)).SingleOrDefault()?.ToInstall();

    public async Task<bool> DeleteInstallAsync(string channelId, string tenantId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM channel_installs WHERE channel_id = @channelId AND tenant_id = @tenantId",
            new { channelId, tenantId },
            cancellationToken: cancellationToken)) > 0;
    }

    private async Task ExecuteAsync(string sql, object args, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, args, cancellationToken: cancellationToken));
    }

    private async Task<IEnumerable<T>> QueryAsync<T>(string sql, object args, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QueryAsync<T>(new CommandDefinition(sql, args, cancellationToken: cancellationToken));
    }
}
