using SalesBot.Core.Conversations;
using SalesBot.Core.Users;

namespace SalesBot.Storage.Postgres;

internal sealed class PgUserProfileRow
{
    public const string Columns =
        "tenant_id AS TenantId, user_id AS UserId, starting_price AS StartingPrice, currency AS Currency, " +
        "locale AS Locale, time_zone AS TimeZone, updated_at AS UpdatedAt";

    public string TenantId { get; init; } = "";
    public string UserId { get; init; } = "";
    public decimal StartingPrice { get; init; }
    public string Currency { get; init; } = "";
    public string? Locale { get; init; }
    public string? TimeZone { get; init; }
    public DateTime UpdatedAt { get; init; }

    public UserProfile ToProfile() =>
        new(new Owner(TenantId, UserId), StartingPrice, Currency, Locale, TimeZone, PostgresValues.Time(UpdatedAt));
}
