using SalesBot.Core.Conversations;

namespace SalesBot.Core.Users;

/// <summary>Per-user settings the playbook uses: the starting price quoted when screening, and its currency.</summary>
public sealed record UserProfile(
    Owner Owner,
    decimal StartingPrice,
    string Currency,
    string? Locale,
    string? TimeZone,
    DateTimeOffset UpdatedAt);
