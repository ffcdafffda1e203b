namespace SalesBot.Core.Users;

/// <summary>
/// What the store knows of a user's language: the one they chose with <c>settings language</c> (the profile's locale)
/// and the locale their channel reported on an earlier turn (the address's); null when unknown.
/// </summary>
public sealed record UserLocales(string? Chosen, string? Channel)
{
    public static UserLocales None { get; } = new(null, null);
}
