using SalesBot.Core.Channels;
using SalesBot.Core.Conversations;
using SalesBot.Storage.Rows;
using SalesBot.Storage.Sql;

namespace SalesBot.Storage;

/// <summary>
/// Channel addresses, handled deliveries and app installs, on either database. On SQLite the writes queue at the
/// process's write gate like the turns' commits, so they never meet a turn in SQLite's sleeping busy handler.
/// </summary>
internal sealed class ChannelStore(SqlDialect sql) : IChannelStore
{
    private readonly PruneSchedule _prune = new(DeliveryMemory.PruneInterval);

    public Task SaveAddressAsync(ChannelAddress address, CancellationToken cancellationToken) => sql.ExecuteAsync(
        $"""
        INSERT INTO channel_addresses (tenant_id, user_id, channel_id, reference, locale, time_zone, reachable, unreachable_reason, updated_at)
        VALUES (@TenantId, @UserId, @ChannelId, @Reference, @Locale, @TimeZone, {sql.True}, NULL, @UpdatedAt)
        ON CONFLICT (tenant_id, user_id, channel_id) DO UPDATE SET
            reference = excluded.reference, locale = excluded.locale, time_zone = excluded.time_zone,
            reachable = {sql.True}, unreachable_reason = NULL, updated_at = excluded.updated_at
        """,
        ChannelAddressRow.Args(address),
        cancellationToken);

    /// <summary>Read on every Teams turn.</summary>
    public async Task<ChannelAddress?> GetAddressAsync(Owner owner, string channelId, CancellationToken cancellationToken) =>
        (await sql.QueryAsync(
            $"SELECT {ChannelAddressRow.Columns} FROM channel_addresses WHERE tenant_id = @TenantId AND user_id = @UserId AND channel_id = @channelId",
            [("@TenantId", owner.TenantId), ("@UserId", owner.UserId), ("@channelId", channelId)],
            ChannelAddressRow.Read,
            cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyList<ChannelAddress>> GetAddressesAsync(Owner owner, CancellationToken cancellationToken) =>
        await sql.QueryAsync(
            $"SELECT {ChannelAddressRow.Columns} FROM channel_addresses WHERE tenant_id = @TenantId AND user_id = @UserId ORDER BY channel_id",
            [("@TenantId", owner.TenantId), ("@UserId", owner.UserId)],
            ChannelAddressRow.Read,
            cancellationToken);

    public Task MarkUnreachableAsync(Owner owner, string channelId, string reason, DateTimeOffset at, CancellationToken cancellationToken) => sql.ExecuteAsync(
        $"UPDATE channel_addresses SET reachable = {sql.False}, unreachable_reason = @reason, updated_at = @at " +
        "WHERE tenant_id = @TenantId AND user_id = @UserId AND channel_id = @channelId",
        [("@TenantId", owner.TenantId), ("@UserId", owner.UserId), ("@channelId", channelId), ("@reason", reason), ("@at", at)],
        cancellationToken);

    /// <summary>One statement per delivery (<see cref="DeliveryLog"/>); old rows are deleted at most once a minute, not on every delivery.</summary>
    public Task<bool> TryRecordDeliveryAsync(string channelId, string deliveryId, DateTimeOffset receivedAt, CancellationToken cancellationToken) =>
        sql.WriteAsync(
            session => DeliveryLog.TryRecordAsync(session, channelId, deliveryId, receivedAt, _prune.IsDue(receivedAt), cancellationToken),
            cancellationToken);

    public Task SaveInstallAsync(ChannelInstall install, CancellationToken cancellationToken) => sql.ExecuteAsync(
        $"""
        INSERT INTO channel_installs ({ChannelInstallRow.Columns})
        VALUES (@ChannelId, @TenantId, @EnterpriseId, @ProtectedToken, @BotUserId, @InstalledBy, @InstalledAt)
        ON CONFLICT (channel_id, tenant_id) DO UPDATE SET
            enterprise_id = excluded.enterprise_id, protected_token = excluded.protected_token, bot_user_id = excluded.bot_user_id,
            installed_by = excluded.installed_by, installed_at = excluded.installed_at
        """,
        [
            ("@ChannelId", install.ChannelId), ("@TenantId", install.TenantId), ("@EnterpriseId", install.EnterpriseId),
            ("@ProtectedToken", install.ProtectedToken), ("@BotUserId", install.BotUserId), ("@InstalledBy", install.InstalledBy),
            ("@InstalledAt", install.InstalledAt),
        ],
        cancellationToken);

    public async Task<ChannelInstall?> GetInstallAsync(string channelId, string tenantId, CancellationToken cancellationToken) =>
        (await sql.QueryAsync(
            $"SELECT {ChannelInstallRow.Columns} FROM channel_installs WHERE channel_id = @channelId AND tenant_id = @tenantId",
            [("@channelId", channelId), ("@tenantId", tenantId)],
            ChannelInstallRow.Read,
            cancellationToken)).SingleOrDefault();

    public async Task<bool> DeleteInstallAsync(string channelId, string tenantId, CancellationToken cancellationToken) =>
        await sql.ExecuteAsync(
            "DELETE FROM channel_installs WHERE channel_id = @channelId AND tenant_id = @tenantId",
            [("@channelId", channelId), ("@tenantId", tenantId)],
            cancellationToken) > 0;
}
