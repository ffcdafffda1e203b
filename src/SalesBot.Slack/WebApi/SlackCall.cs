namespace SalesBot.Slack.WebApi;

/// <summary>What a request to Slack carries for the handlers below the client: the Web API method (or "response_url", "file upload").</summary>
internal static class SlackCall
{
    public static readonly HttpRequestOptionsKey<string> Method = new("SalesBot.Slack.Method");

    /// <summary>
    /// Methods that do the same thing when sent twice, so a transient failure (5xx, a connection reset, a response that
    /// ended prematurely, an attempt timeout) is retried: reads, opening the DM (Slack answers the same channel), an update
    /// and a publish (the same content again). A post, an ephemeral message, a modal (single-use trigger), completing an
    /// upload (posts into the channel), the OAuth code exchange (single-use code) and response_url posts are not: a retry
    /// after a lost answer could post twice. Every call is retried after a 429, which Slack answers without doing anything.
    /// </summary>
    public static readonly IReadOnlySet<string> SafeToRepeat = new HashSet<string>(StringComparer.Ordinal)
    {
        "chat.update", "conversations.open", "views.publish", "users.info", "files.getUploadURLExternal", "apps.connections.open",
    };

    public static string? MethodOf(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(Method, out var method) ? method : null;
}
