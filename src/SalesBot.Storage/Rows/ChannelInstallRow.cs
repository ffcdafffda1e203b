using SalesBot.Core.Channels;
using SalesBot.Storage.Sql;

namespace SalesBot.Storage.Rows;

/// <summary>A <c>channel_installs</c> row; the bot token in it is protected (Data Protection) before it gets here.</summary>
internal static class ChannelInstallRow
{
    public const string Columns = "channel_id, tenant_id, enterprise_id, protected_token, bot_user_id, installed_by, installed_at";

    public static ChannelInstall Read(SqlRow row) =>
        new(row.Text(0), row.Text(1), row.TextOrNull(2), row.Text(3), row.TextOrNull(4), row.TextOrNull(5), row.Time(6));
}
