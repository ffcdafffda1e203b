namespace SalesBot.Slack;

/// <summary>The bot scopes SalesBot needs; manifests/slack/manifest.yml asks for the same.</summary>
internal static class SlackScopes
{
    public const string Default =
        "app_mentions:read,chat:write,commands,files:write,im:history,im:read,im:write,users:read";
}
