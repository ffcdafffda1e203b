namespace SalesBot.Slack.WebApi;

/// <summary>The answer of oauth.v2.access: the bot token and where it was installed. <see cref="ToString"/> leaves the token out.</summary>
internal sealed record OAuthAccess(
    string AccessToken,
    string? BotUserId,
    string? TeamId,
    string? TeamName,
    string? EnterpriseId,
    bool IsEnterpriseInstall,
    string? AuthedUserId)
{
    public override string ToString() => $"OAuthAccess {{ Team = {TeamId}, Enterprise = {EnterpriseId}, BotUser = {BotUserId} }}";
}
