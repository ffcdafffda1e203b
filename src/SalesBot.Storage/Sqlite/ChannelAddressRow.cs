using SalesBot.Core.Channels;
using SalesBot.Core.Conversations;

namespace SalesBot.Storage.Sqlite;

internal sealed class ChannelAddressRow
{
    public const string Columns =
        "tenant_id AS TenantId, user_id AS UserId, channel_id AS ChannelId, reference AS Reference, locale AS Locale, " +
        "time_zone AS TimeZone, reachable AS Reachable, unreachable_reason AS UnreachableReason, updated_at AS UpdatedAt";

    public string TenantId { get; set; } = "";

    public string UserId { get; set; } = "";

    public string ChannelId { get; set; } = "";

    public string Reference { get; set; } = "";

    public string? Locale { get; set; }

    public string? TimeZone { get; set; }

    public long Reachable { get; set; }

    public string? UnreachableReason { get; set; }

    public long UpdatedAt { get; set; }

    public ChannelAddress ToAddress() => new(
        new Owner(TenantId, UserId), ChannelId, Reference, Locale, TimeZone, Reachable != 0, UnreachableReason, SqliteValues.Time(UpdatedAt));
}
