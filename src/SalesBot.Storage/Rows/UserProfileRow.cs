using System.Globalization;
using SalesBot.Core.Conversations;
using SalesBot.Core.Users;
using SalesBot.Storage.Sql;

namespace SalesBot.Storage.Rows;

/// <summary>A <c>user_profiles</c> row; the digest time is kept as <c>HH:mm</c> text.</summary>
internal static class UserProfileRow
{
    public const string Columns =
        "tenant_id, user_id, starting_price, currency, locale, time_zone, updated_at, digest_at, paused_from, paused_until";

    private const string DigestFormat = "HH:mm";

    public static UserProfile Read(SqlRow row) =>
        new(new Owner(row.Text(0), row.Text(1)), row.Decimal(2), row.Text(3), row.TextOrNull(4), row.TextOrNull(5), row.Time(6))
        {
            DigestAt = row.TextOrNull(7) is { } digest ? TimeOnly.ParseExact(digest, DigestFormat, CultureInfo.InvariantCulture) : null,
            PausedFrom = row.TimeOrNull(8),
            PausedUntil = row.TimeOrNull(9),
        };

    public static (string, object?)[] Args(UserProfile profile) =>
    [
        ("@TenantId", profile.Owner.TenantId),
        ("@UserId", profile.Owner.UserId),
        ("@StartingPrice", profile.StartingPrice),
        ("@Currency", profile.Currency),
        ("@Locale", profile.Locale),
        ("@TimeZone", profile.TimeZone),
        ("@UpdatedAt", profile.UpdatedAt),
        ("@DigestAt", profile.DigestAt?.ToString(DigestFormat, CultureInfo.InvariantCulture)),
        ("@PausedFrom", profile.PausedFrom),
        ("@PausedUntil", profile.PausedUntil),
    ];
}
