using SalesBot.Core.Conversations;
using SalesBot.Core.Users;

namespace SalesBot.Storage.Postgres;

internal sealed class PgUserProfileRow
{
    public const string Columns =
        "tenant_id AS TenantId, user_id AS UserId, starting_price AS StartingPrice, currency AS Currency, " +
        "locale AS Locale, time_zone AS TimeZone, updated_at AS UpdatedAt, digest_at AS DigestAt, paused_from AS PausedFrom, paused_until AS PausedUntil";

    public string TenantId { get; init; } = "";
    public string UserId { get; init; } = "";
    public decimal StartingPrice { get; init; }
    public string Currency { get; init; } = "";
    public string? Locale { get; init; }
    public string? TimeZone { get; init; }
    public DateTime UpdatedAt { get; init; }
    public string? DigestAt { get; init; }
    public DateTime? PausedFrom { get; init; }
    public DateTime? PausedUntil { get; init; }

    public UserProfile ToProfile() =>
        new(new Owner(TenantId, UserId), StartingPrice, Currency, Locale, TimeZone, PostgresValues.Time(UpdatedAt))
        {
            DigestAt = DigestAt is null ? null : TimeOnly.ParseExact(DigestAt, "HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            PausedFrom = PausedFrom is { } from ? PostgresValues.Time(from) : null,
            PausedUntil = PausedUntil is { } until ? PostgresValues.Time(until) : null,
        };
}
