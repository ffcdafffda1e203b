using SalesBot.Core.Conversations;

namespace SalesBot.Core.Users;

/// <summary>
/// Per-user settings: the starting price quoted when screening and its currency, the user's locale and IANA time zone
/// (from the channel), and how they want nudges: one morning digest instead of separate pings, and a pause (vacation).
/// </summary>
public sealed record UserProfile(
    Owner Owner,
    decimal StartingPrice,
    string Currency,
    string? Locale,
    string? TimeZone,
    DateTimeOffset UpdatedAt)
{
    /// <summary>Local time of the morning digest; null = a separate ping for each nudge.</summary>
    /// <summary>
    /// The <see cref="Currency"/> of a user who never chose one: the starting price is then in their language's
    /// currency (roubles in Russian, złoty in Polish, the playbook's otherwise), which follows a change of language.
    /// </summary>
    public const string DefaultCurrency = "";

    /// <summary>The currency the user chose, else <paramref name="languageDefault"/>.</summary>
    public string CurrencyOr(string languageDefault) => Currency.Length == 0 ? languageDefault : Currency;

    public TimeOnly? DigestAt { get; init; }

    /// <summary>When the current or last pause began; nudges due in the pause move later by its length.</summary>
    public DateTimeOffset? PausedFrom { get; init; }

    public DateTimeOffset? PausedUntil { get; init; }
}
