using SalesBot.Core.Channels;

namespace SalesBot.Storage.Postgres;

internal sealed class PgChannelInstallRow
{
    public const string Columns =
        "channel_id AS ChannelId, tenant_id AS TenantId, enterprise_id AS EnterpriseId, protected_token AS ProtectedToken, " +
        "bot_user_id AS BotUserId, installed_by AS InstalledBy, installed_at AS InstalledAt";

    public string ChannelId { get; init; } = "";
    public string TenantId { get; init; } = "";
    public string? EnterpriseId { get; init; }
    public string ProtectedToken { get; init; } = "";
    public string? BotUserId { get; init; }
    public string? InstalledBy { get; init; }
    public DateTime InstalledAt { get; init; }

    public ChannelInstall ToInstall() =>
        new(ChannelId, TenantId, EnterpriseId, ProtectedToken, BotUserId, InstalledBy, PostgresValues.Time(InstalledAt));
}
