using SalesBot.Core.Channels;
using SalesBot.Core.Conversations;
using SalesBot.Storage.Sql;

namespace SalesBot.Storage.Rows;

/// <summary>A <c>channel_addresses</c> row.</summary>
internal static class ChannelAddressRow
{
    public const string Columns = "tenant_id, user_id, channel_id, reference, locale, time_zone, reachable, unreachable_reason, updated_at";

    public static ChannelAddress Read(SqlRow row) => new(
        new Owner(row.Text(0), row.Text(1)), row.Text(2), row.Text(3), row.TextOrNull(4), row.TextOrNull(5), row.Bool(6), row.TextOrNull(7), row.Time(8));

    public static (string, object?)[] Args(ChannelAddress address) =>
    [
        ("@TenantId", address.Owner.TenantId), ("@UserId", address.Owner.UserId), ("@ChannelId", address.ChannelId), ("@Reference", address.Reference),
        ("@Locale", address.Locale), ("@TimeZone", address.TimeZone), ("@UpdatedAt", address.UpdatedAt),
    ];
}
