namespace SalesBot.Slack.WebApi;

/// <summary>Slack answered ok:false (or an HTTP error); <see cref="Error"/> is Slack's error code, e.g. "channel_not_found".</summary>
public sealed class SlackApiException : Exception
{
    public SlackApiException(string method, string error, string? needed = null)
        : base($"Slack {method} failed: {error}" + (needed is null ? "" : $" (needs scope {needed})"))
    {
        Method = method;
        Error = error;
        Needed = needed;
    }

    public string Method { get; }

    public string Error { get; }

    /// <summary>For missing_scope: the scope the token lacks.</summary>
    public string? Needed { get; }

    /// <summary>The token no longer works: the app was uninstalled or the token revoked.</summary>
    public bool IsTokenGone => Error is "invalid_auth" or "account_inactive" or "token_revoked" or "token_expired" or "not_authed";

    /// <summary>The user cannot be reached through this app any more (or not at all): nudges should not try.</summary>
    public bool IsUserUnreachable => IsTokenGone || Error is "user_not_found" or "user_disabled" or "cannot_dm_bot" or "channel_not_found" or "is_archived";
}
