using SalesBot.Core.Channels;

namespace SalesBot.Storage.Sqlite;

internal sealed class ChannelInstallRow
{
    public const string Columns =
        "channel_id AS ChannelId, tenant_id AS TenantId, enterprise_id AS EnterpriseId, protected_token AS ProtectedToken, " +
        "bot_user_id AS BotUserId, installed_by AS InstalledBy, installed_at AS InstalledAt";

    public string ChannelId { get; set; } = "";

    public string TenantId { get; set; } = "";

    public string? EnterpriseId { get; set; }

    public string ProtectedToken { get; set; } = "";

    public string? BotUserId { get; set; }

    public string? InstalledBy { get; set; }

    public long InstalledAt { get; set; }

    public ChannelInstall ToInstall() =>
        new(ChannelId, TenantId, EnterpriseId, ProtectedToken, BotUserId, InstalledBy, SqliteValues.Time(InstalledAt));
}
