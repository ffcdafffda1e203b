namespace SalesBot.Teams.Auth;

/// <summary>Whether a request may be processed; when not, the status code and a reason safe to return.</summary>
public sealed record AuthOutcome(bool Allowed, int StatusCode, string? Reason)
{
    public static AuthOutcome Allow { get; } = new(true, 200, null);

    public static AuthOutcome Deny(int statusCode, string reason) => new(false, statusCode, reason);
}
