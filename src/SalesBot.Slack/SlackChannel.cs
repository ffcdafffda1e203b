namespace SalesBot.Slack;

/// <summary>The channel id of Slack in turns, addresses, deliveries and installs.</summary>
internal static class SlackChannel
{
    public const string Id = "slack";
}
