using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace SalesBot.Storage.Sqlite;

/// <summary>
/// Ready when this process may write the SQLite file and its -wal and -shm companions. The store's own probe cannot
/// see this: when the database file turns unwritable (chattr +i, a read-only remount, permissions taken away) the
/// connections kept open — and new ones that inherit a kept descriptor — go on committing into the WAL, while other
/// new connections open the file read-only and refuse the turn they were opened for. This check asks the file system
/// and writes nothing. In-memory databases and PostgreSQL have no file: healthy.
/// </summary>
internal sealed class SqliteFileHealthCheck(IOptions<StorageOptions> options) : IHealthCheck
{
    public const string Name = "sqlite";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (options.Value.Kind != StorageProvider.Sqlite)
        {
            return Task.FromResult(HealthCheckResult.Healthy());
        }

        var connection = new SqliteConnectionStringBuilder(options.Value.ConnectionString);
        if (connection.Mode == SqliteOpenMode.Memory || connection.DataSource is "" or ":memory:")
        {
            return Task.FromResult(HealthCheckResult.Healthy());
        }

        foreach (var path in new[] { connection.DataSource, connection.DataSource + "-wal", connection.DataSource + "-shm" })
        {
            if (WritableFile.WhyNot(path) is { } reason)
            {
                return Task.FromResult(HealthCheckResult.Degraded($"SalesBot may not write '{path}': {reason}; turns may fail until it is writable."));
            }
        }

        return Task.FromResult(HealthCheckResult.Healthy());
    }
}
