namespace SalesBot.Slack.Installs;

/// <summary>The bot token for a tenant and the bot's own user id (to ignore its own messages). <see cref="ToString"/> leaves the token out.</summary>
internal sealed record SlackInstallation(string BotToken, string? BotUserId)
{
    public override string ToString() => $"SlackInstallation {{ BotUserId = {BotUserId} }}";
}
