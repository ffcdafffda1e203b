namespace SalesBot.Core.Channels;

/// <summary>
/// An installation of the app in a workspace (a Slack team or enterprise). The bot token arrives here already
/// protected (encrypted) by the channel layer; the store never sees it in clear.
/// </summary>
public sealed record ChannelInstall(
    string ChannelId,
    string TenantId,
    string? EnterpriseId,
    string ProtectedToken,
    string? BotUserId,
    string? InstalledBy,
    DateTimeOffset InstalledAt);
