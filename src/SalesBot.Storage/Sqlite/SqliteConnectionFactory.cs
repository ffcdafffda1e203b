using System.Collections.Concurrent;
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
/// commits before a power cut can be lost; one fsync per checkpoint, not per commit;</item>
/// <item>an automatic checkpoint only at <see cref="AutoCheckpointPages"/> pages of log: checkpoints run in the background
/// (<see cref="SqliteCheckpointer"/>), not in a turn's commit.</item>
/// </list>
/// WAL is a property of the file; the migrator turns it on.
/// The statements of a turn run on <see cref="SqlitePreparedConnection"/>s instead, kept open in a pool of this
/// factory's own (<see cref="WithPreparedAsync{T}"/>) so that their compiled statements survive between turns.
/// </summary>
internal sealed class SqliteConnectionFactory(string connectionString) : IDisposable
{
    /// <summary>The log size (in 4 KiB pages, 40 MiB) at which a commit checkpoints by itself: the backstop of <see cref="SqliteCheckpointer"/>.</summary>
    public const int AutoCheckpointPages = 10_000;

    private static readonly string Settings =
        $"PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = {AutoCheckpointPages};";

    private readonly ConditionalWeakTable<sqlite3, object> _configured = [];
    private readonly ConcurrentBag<SqlitePreparedConnection> _idle = [];
    private readonly string _unpooled = new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString();
    private volatile bool _disposed;

    public string ConnectionString { get; } = connectionString;

    /// <summary>The file (or in-memory name) of the connection string, for messages.</summary>
    public string DataSource => new SqliteConnectionStringBuilder(ConnectionString).DataSource;

    public Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => OpenAsync(ConnectionString, cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> on a kept-open connection that nobody else uses meanwhile, and keeps the connection
    /// for the next caller. A connection whose work threw is closed instead, whatever state it was left in.
    /// </summary>
    public async Task<T> WithPreparedAsync<T>(Func<SqlitePreparedConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var prepared = _idle.TryTake(out var idle) ? idle : await OpenPreparedAsync(cancellationToken);
        T result;
        try
        {
            result = await work(prepared);
        }
        catch
        {
            prepared.Dispose();
            throw;
        }

        if (_disposed)
        {
            prepared.Dispose();
        }
        else
        {
            _idle.Add(prepared);
        }

        return result;
    }

    /// <summary>A new kept-open connection of the caller's own (the write gate's writer), not taken from or given to the pool.</summary>
    public async Task<SqlitePreparedConnection> OpenPreparedAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new SqlitePreparedConnection(await OpenAsync(_unpooled, cancellationToken));
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var prepared))
        {
            prepared.Dispose();
        }
    }

    private async Task<SqliteConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
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
