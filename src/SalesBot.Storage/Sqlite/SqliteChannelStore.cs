using Dapper;
using SalesBot.Core.Channels;
using SalesBot.Core.Conversations;

namespace SalesBot.Storage.Sqlite;

/// <summary>
/// Channel addresses, handled deliveries and app installs in the SQLite file. Writes queue at the process's write gate
/// like the turns' commits, so they never meet a turn in SQLite's sleeping busy handler.
/// </summary>
internal sealed class SqliteChannelStore(SqliteConnectionFactory connections, SqliteWriteGate gate) : IChannelStore
{
    private static readonly TimeSpan DeliveryMemory = TimeSpan.FromDays(1);
    private readonly PruneSchedule _prune = new(TimeSpan.FromMinutes(1));

    public Task SaveAddressAsync(ChannelAddress address, CancellationToken cancellationToken) => ExecuteAsync(
        """
        INSERT INTO channel_addresses (tenant_id, user_id, channel_id, reference, locale, time_zone, reachable, unreachable_reason, updated_at)
        VALUES (@TenantId, @UserId, @ChannelId, @Reference, @Locale, @TimeZone, 1, NULL, @UpdatedAt)
        ON CONFLICT (tenant_id, user_id, channel_id) DO UPDATE SET
            reference = excluded.reference, locale = excluded.locale, time_zone = excluded.time_zone,
            reachable = 1, unreachable_reason = NULL, updated_at = excluded.updated_at
        """,
        new
        {
            address.Owner.TenantId, address.Owner.UserId, address.ChannelId, address.Reference, address.Locale, address.TimeZone,
            UpdatedAt = SqliteValues.Ticks(address.UpdatedAt),
        },
        cancellationToken);

    /// <summary>Read on every Teams turn: a statement compiled once per kept-open connection.</summary>
    public async Task<ChannelAddress?> GetAddressAsync(Owner owner, string channelId, CancellationToken cancellationToken) =>
        (await connections.WithPreparedAsync(
            prepared => prepared.QueryAsync<ChannelAddressRow>(
                $"SELECT {ChannelAddressRow.Columns} FROM channel_addresses WHERE tenant_id = @TenantId AND user_id = @UserId AND channel_id = @channelId",
                null,
                [("@TenantId", owner.TenantId), ("@UserId", owner.UserId), ("@channelId", channelId)],
                cancellationToken),
            cancellationToken)).SingleOrDefault()?.ToAddress();

    public async Task<IReadOnlyList<ChannelAddress>> GetAddressesAsync(Owner owner, CancellationToken cancellationToken) =>
        (await QueryAsync<ChannelAddressRow>(
            $"SELECT {ChannelAddressRow.Columns} FROM channel_addresses WHERE tenant_id = @TenantId AND user_id = @UserId ORDER BY channel_id",
            new { owner.TenantId, owner.UserId },
            cancellationToken)).Select(row => row.ToAddress()).ToList();

    public Task MarkUnreachableAsync(Owner owner, string channelId, string reason, DateTimeOffset at, CancellationToken cancellationToken) => ExecuteAsync(
        "UPDATE channel_addresses SET reachable = 0, unreachable_reason = @reason, updated_at = @at " +
        "WHERE tenant_id = @TenantId AND user_id = @UserId AND channel_id = @channelId",
        new { owner.TenantId, owner.UserId, channelId, reason, at = SqliteValues.Ticks(at) },
        cancellationToken);

    /// <summary>
    /// One statement per delivery: a new id is inserted, an id last seen more than a day ago counts as new again.
    /// Old rows are deleted at most once a minute, not on every delivery.
    /// </summary>
    public Task<bool> TryRecordDeliveryAsync(string channelId, string deliveryId, DateTimeOffset receivedAt, CancellationToken cancellationToken) =>
        gate.RunAsync(() => RecordDeliveryAsync(channelId, deliveryId, receivedAt, cancellationToken), cancellationToken);

    private Task<bool> RecordDeliveryAsync(string channelId, string deliveryId, DateTimeOffset receivedAt, CancellationToken cancellationToken) =>
        connections.WithPreparedAsync(
            async prepared =>
            {
                var cutoff = SqliteValues.Ticks(receivedAt - DeliveryMemory);
                if (_prune.IsDue(receivedAt))
                {
                    await prepared.ExecuteAsync("DELETE FROM channel_deliveries WHERE received_at < @cutoff", null, [("@cutoff", cutoff)], cancellationToken);
                }

                var recorded = await prepared.ExecuteAsync(
                    "INSERT INTO channel_deliveries (channel_id, delivery_id, received_at) VALUES (@channelId, @deliveryId, @at) " +
                    "ON CONFLICT (channel_id, delivery_id) DO UPDATE SET received_at = excluded.received_at WHERE channel_deliveries.received_at < @cutoff",
                    null,
                    [("@channelId", channelId), ("@deliveryId", deliveryId), ("@at", SqliteValues.Ticks(receivedAt)), ("@cutoff", cutoff)],
                    cancellationToken);
                return recorded == 1;
            },
            cancellationToken);

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
            InstalledAt = SqliteValues.Ticks(install.InstalledAt),
        },
        cancellationToken);

    public async Task<ChannelInstall?> GetInstallAsync(string channelId, string tenantId, CancellationToken cancellationToken) =>
        (await QueryAsync<ChannelInstallRow>(
            $"SELECT {ChannelInstallRow.Columns} FROM channel_installs WHERE channel_id = @channelId AND tenant_id = @tenantId",
            new { channelId, tenantId },
            cancellationToken)).SingleOrDefault()?.ToInstall();

    public async Task<bool> DeleteInstallAsync(string channelId, string tenantId, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            "DELETE FROM channel_installs WHERE channel_id = @channelId AND tenant_id = @tenantId",
            new { channelId, tenantId },
            cancellationToken) > 0;

    private Task<int> ExecuteAsync(string sql, object args, CancellationToken cancellationToken) =>
        gate.ExecuteAsync(connections, sql, args, cancellationToken);

    private async Task<IEnumerable<T>> QueryAsync<T>(string sql, object args, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QueryAsync<T>(new CommandDefinition(sql, args, cancellationToken: cancellationToken));
    }
}
