using Dapper;
using Npgsql;
using Microsoft.Extensions.Logging;
using SalesBot.Storage.Migrations;

namespace SalesBot.Storage.Postgres;

/// <summary>
/// Applies the embedded PostgreSQL scripts in order, each in its own transaction together with its <c>schema_version</c>
/// row (PostgreSQL's DDL is transactional: a failing script leaves nothing behind). Several instances starting at once
/// queue on a session advisory lock: the first migrates, the others then find the schema up to date.
/// </summary>
internal sealed class PostgresMigrator(NpgsqlDataSource dataSource, TimeProvider timeProvider, ILogger<PostgresMigrator> logger)
    : ISchemaMigrator
{
    /// <summary>The advisory lock every SalesBot takes while it migrates: "SalesBot" in ASCII.</summary>
    public const long AdvisoryLockKey = 0x53616C6573426F74;

    private const string Provider = "Postgres";

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var scripts = MigrationScripts.Load(Provider);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_lock(@AdvisoryLockKey)", new { AdvisoryLockKey }, cancellationToken: cancellationToken));
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                CREATE TABLE IF NOT EXISTS schema_version (
                    version    integer NOT NULL PRIMARY KEY,
                    name       text NOT NULL,
                    applied_at timestamptz NOT NULL
                )
                """,
                cancellationToken: cancellationToken));

            var current = await CurrentVersionAsync(connection, scripts, cancellationToken);
            foreach (var script in scripts.Where(script => script.Version > current))
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await connection.ExecuteAsync(new CommandDefinition(script.Sql, null, transaction, cancellationToken: cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                    new { script.Version, script.Name, AppliedAt = PostgresValues.Utc(timeProvider.GetUtcNow()) },
                    transaction,
                    cancellationToken: cancellationToken));
                await transaction.CommitAsync(cancellationToken);
                logger.MigrationApplied(Provider, script.Version, script.Name);
            }
        }
        finally
        {
            // Closing the session would release the lock too; the pool keeps sessions open, so release it explicitly.
            await connection.ExecuteAsync(new CommandDefinition(
                "SELECT pg_advisory_unlock(@AdvisoryLockKey)", new { AdvisoryLockKey }, cancellationToken: CancellationToken.None));
        }

        logger.SchemaVersion(Provider, scripts[^1].Version);
    }

    private static async Task<int> CurrentVersionAsync(
        NpgsqlConnection connection, IReadOnlyList<MigrationScript> scripts, CancellationToken cancellationToken)
    {
        var current = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COALESCE(MAX(version), 0) FROM schema_version", cancellationToken: cancellationToken));
        var known = scripts[^1].Version;
        return current <= known
            ? current
            : throw new InvalidOperationException(
                $"The PostgreSQL database '{connection.Database}' has schema version {current}, newer than {known}, the newest this SalesBot knows. " +
                "Run a SalesBot at least as new as the one that upgraded the database, or restore a backup.");
    }
}
