using SalesBot.Core.Channels;
using SalesBot.Core.Conversations;

namespace SalesBot.Storage.Postgres;

internal sealed class PgChannelAddressRow
{
    public const string Columns =
        "tenant_id AS TenantId, user_id AS UserId, channel_id AS ChannelId, reference AS Reference, locale AS Locale, " +
        "time_zone AS TimeZone, reachable AS Reachable, unreachable_reason AS UnreachableReason, updated_at AS UpdatedAt";

    public string TenantId { get; init; } = "";
    public string UserId { get; init; } = "";
    public string ChannelId { get; init; } = "";
    public string Reference { get; init; } = "";
    public string? Locale { get; init; }
    public string? TimeZone { get; init; }
    public bool Reachable { get; init; }
    public string? UnreachableReason { get; init; }
    public DateTime UpdatedAt { get; init; }

    public ChannelAddress ToAddress() => new(
        new Owner(TenantId, UserId), ChannelId, Reference, Locale, TimeZone, Reachable, UnreachableReason, PostgresValues.Time(UpdatedAt));
}
