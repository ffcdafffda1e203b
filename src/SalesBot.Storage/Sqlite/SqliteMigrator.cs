using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using SalesBot.Storage.Migrations;

namespace SalesBot.Storage.Sqlite;

/// <summary>
/// Applies the embedded SQLite scripts in order, each in its own transaction together with its
/// <c>schema_version</c> row. Safe to run on every start and from several processes at once.
/// </summary>
internal sealed class SqliteMigrator(SqliteConnectionFactory connections, TimeProvider timeProvider, ILogger<SqliteMigrator> logger)
    : ISchemaMigrator
{
    private const string Provider = "Sqlite";

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var scripts = MigrationScripts.Load(Provider);
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS schema_version (
                version    INTEGER NOT NULL PRIMARY KEY,
                name       TEXT NOT NULL,
                applied_at INTEGER NOT NULL
            ) STRICT;
            """,
            cancellationToken: cancellationToken));

        var current = await CurrentVersionAsync(connection, null, scripts, cancellationToken);
        foreach (var script in scripts.Where(script => script.Version > current))
        {
            // BEGIN IMMEDIATE takes the write lock first, so a second process migrating at the same time
            // waits here and then sees the version already applied.
            await using var transaction = connection.BeginTransaction(deferred: false);
            if (await CurrentVersionAsync(connection, transaction, scripts, cancellationToken) >= script.Version)
            {
                continue;
            }

            await connection.ExecuteAsync(new CommandDefinition(script.Sql, null, transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                new { script.Version, script.Name, AppliedAt = SqliteValues.Ticks(timeProvider.GetUtcNow()) },
                transaction,
                cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            logger.MigrationApplied(Provider, script.Version, script.Name);
        }

        logger.SchemaVersion(Provider, scripts[^1].Version);
    }

    private static async Task<int> CurrentVersionAsync(
        SqliteConnection connection, SqliteTransaction? transaction, IReadOnlyList<MigrationScript> scripts, CancellationToken cancellationToken)
    {
        var current = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COALESCE(MAX(version), 0) FROM schema_version", null, transaction, cancellationToken: cancellationToken));
        var known = scripts[^1].Version;
        return current <= known
            ? current
            : throw new InvalidOperationException(
                $"The database '{connection.DataSource}' has schema version {current}, newer than {known}, the newest this SalesBot knows. " +
                "Run a SalesBot at least as new as the one that upgraded the database, or restore a backup.");
    }
}
