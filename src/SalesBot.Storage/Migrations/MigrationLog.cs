using Microsoft.Extensions.Logging;

namespace SalesBot.Storage.Migrations;

internal static partial class MigrationLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "{Provider} schema is at version {Version}")]
    public static partial void SchemaVersion(this ILogger logger, string provider, int version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Provider} migration {Version} ({Name})")]
    public static partial void MigrationApplied(this ILogger logger, string provider, int version, string name);
}
