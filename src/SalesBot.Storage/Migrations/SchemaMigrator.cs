using Microsoft.Extensions.Logging;
using SalesBot.Storage.Sql;

namespace SalesBot.Storage.Migrations;

/// <summary>
/// Applies the dialect's embedded scripts in order, each in its own transaction together with its <c>schema_version</c>
/// row (a failing script leaves nothing behind). Safe to run on every start and from several instances at once: they
/// queue on the dialect's migration lock, and each script's transaction checks the version again before it runs.
/// </summary>
internal sealed class SchemaMigrator(SqlDialect sql, TimeProvider timeProvider, ILogger<SchemaMigrator> logger) : ISchemaMigrator
{
    public Task MigrateAsync(CancellationToken cancellationToken)
    {
        var scripts = MigrationScripts.Load(sql.Provider);
        return sql.WithMigrationLockAsync(
            async () =>
            {
                await sql.WriteAsync(
                    async session =>
                    {
                        await session.ExecuteScriptAsync(sql.SchemaVersionTable, cancellationToken);
                        return true;
                    },
                    cancellationToken);
                var current = await sql.ReadAsync(session => CurrentVersionAsync(session, scripts, cancellationToken), cancellationToken);
                foreach (var script in scripts.Where(script => script.Version > current))
                {
                    if (await sql.TransactAsync(session => ApplyAsync(session, script, scripts, cancellationToken), cancellationToken))
                    {
                        logger.MigrationApplied(sql.Provider, script.Version, script.Name);
                    }
                }

                logger.SchemaVersion(sql.Provider, scripts[^1].Version);
            },
            cancellationToken);
    }

    private async Task<bool> ApplyAsync(SqlSession session, MigrationScript script, IReadOnlyList<MigrationScript> scripts, CancellationToken cancellationToken)
    {
        if (await CurrentVersionAsync(session, scripts, cancellationToken) >= script.Version)
        {
            return false;
        }

        await session.ExecuteScriptAsync(script.Sql, cancellationToken);
        await session.ExecuteAsync(
            "INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
            [("@Version", script.Version), ("@Name", script.Name), ("@AppliedAt", timeProvider.GetUtcNow())],
            cancellationToken);
        return true;
    }

    private async Task<int> CurrentVersionAsync(SqlSession session, IReadOnlyList<MigrationScript> scripts, CancellationToken cancellationToken)
    {
        var current = Convert.ToInt32(
            await session.ScalarAsync("SELECT COALESCE(MAX(version), 0) FROM schema_version", [], cancellationToken),
            System.Globalization.CultureInfo.InvariantCulture);
        var known = scripts[^1].Version;
        return current <= known
            ? current
            : throw new InvalidOperationException(
                $"{sql.Describe()} has schema version {current}, newer than {known}, the newest this SalesBot knows. " +
                "Run a SalesBot at least as new as the one that upgraded the database, or restore a backup.");
    }
}
