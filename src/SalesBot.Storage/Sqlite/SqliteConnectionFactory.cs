using Dapper;
using Microsoft.Data.Sqlite;

namespace SalesBot.Storage.Sqlite;

/// <summary>
/// synchronous = NORMAL is SQLite's advice for WAL: no corruption, and no loss on an application crash; only the last
/// commits before a power cut can be lost. That halves the cost of a turn (one fsync per checkpoint, not per commit).
/// Opens one pooled connection per operation with foreign keys on and a busy timeout, so a writer
/// waits for another writer instead of failing. WAL is a property of the file; the migrator turns it on.
/// </summary>
internal sealed class SqliteConnectionFactory(string connectionString)
{
    private const int BusyTimeoutMilliseconds = 5000;

    public string ConnectionString { get; } = connectionString;

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(
                $"PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL;",
                cancellationToken: cancellationToken));
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
