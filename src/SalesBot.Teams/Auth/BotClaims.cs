namespace SalesBot.Teams.Auth;

/// <summary>What a validated token says, kept for the checks that need the parsed activity.</summary>
internal sealed record BotClaims(string Issuer, string? ServiceUrl, IReadOnlyList<string>? Endorsements, bool FromBotFramework)
{
    public const string ItemKey = "SalesBot.BotClaims";
}
