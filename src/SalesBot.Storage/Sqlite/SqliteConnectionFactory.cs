using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace SalesBot.Storage.Sqlite;

/// <summary>
/// Opens one pooled connection per operation. The settings below belong to the native connection, which the pool keeps
/// open between operations, so they are applied once per native connection, not on every open (that was a third of
/// the statements of a turn):
/// <list type="bullet">
/// <item>foreign keys on;</item>
/// <item>a busy timeout, so a writer of another process waits for the write lock instead of failing;</item>
/// <item>synchronous = NORMAL, SQLite's advice for WAL: no corruption and no loss on an application crash, only the last
/// commits before a power cut can be lost; one fsync per checkpoint, not per commit.</item>
/// </list>
/// WAL is a property of the file; the migrator turns it on.
/// </summary>
internal sealed class SqliteConnectionFactory(string connectionString)
{
    private const string Settings = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;";

    private readonly ConditionalWeakTable<sqlite3, object> _configured = [];

    public string ConnectionString { get; } = connectionString;

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            var native = connection.Handle!;
            if (!_configured.TryGetValue(native, out _))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = Settings;
                await command.ExecuteNonQueryAsync(cancellationToken);
                _configured.AddOrUpdate(native, this);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
