using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using SalesBot.Storage.Migrations;
using SalesBot.Storage.Sqlite;

namespace SalesBot.Storage.Tests;

/// <summary>A real SQLite file in its own temp folder; the folder is deleted on dispose.</summary>
internal sealed class TempDatabase : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("salesbot-storage-tests-");

    public string Path => System.IO.Path.Combine(_folder.FullName, "salesbot.db");

    public string ConnectionString => $"Data Source={Path}";

    public static SchemaMigrator Migrator(SqliteDialect dialect) => new(dialect, TimeProvider.System, NullLogger<SchemaMigrator>.Instance);

    /// <summary>A dialect over the file with connections and a write gate of its own, as one process would have.</summary>
    public SqliteDialect NewDialect()
    {
        var connections = new SqliteConnectionFactory(ConnectionString);
        return new(connections, new SqliteWriteGate(connections));
    }

    /// <summary><see cref="NewDialect"/> after bringing the file's schema up to date.</summary>
    public async Task<SqliteDialect> MigratedDialectAsync()
    {
        var dialect = NewDialect();
        await Migrator(dialect).MigrateAsync(CancellationToken.None);
        return dialect;
    }

    /// <summary>Closes the pooled connections to the file, as a process exit would.</summary>
    public void ReleaseConnections()
    {
        using var connection = new SqliteConnection(ConnectionString);
        SqliteConnection.ClearPool(connection);
    }

    public void Dispose()
    {
        ReleaseConnections();
        _folder.Delete(recursive: true);
    }
}
