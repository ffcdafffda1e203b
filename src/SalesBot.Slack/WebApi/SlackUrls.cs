namespace SalesBot.Slack.WebApi;

/// <summary>Which URLs from a payload SalesBot will POST to: Slack's own hosts over https, or the configured API host (a test's fake Slack).</summary>
internal static class SlackUrls
{
    public static bool IsTrusted(Uri url, SlackOptions options)
    {
        if (!url.IsAbsoluteUri)
        {
            return false;
        }

        if (url.Scheme == Uri.UriSchemeHttps && (url.Host == "slack.com" || url.Host.EndsWith(".slack.com", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var api = options.ApiBaseUrl;
        return url.Scheme == api.Scheme && string.Equals(url.Host, api.Host, StringComparison.OrdinalIgnoreCase) && url.Port == api.Port;
    }
}
