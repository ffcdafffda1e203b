using Dapper;

namespace SalesBot.Storage.Sqlite;

/// <summary>
/// SQLite has one writer at a time: writers of this process queue here, asynchronously, instead of sleeping in
/// SQLite's busy-timeout back-off on pool threads. Other processes still meet busy_timeout.
/// </summary>
internal sealed class SqliteWriteGate : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<T> RunAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await write();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>One write statement of its own (Dapper, a pooled connection), queued here; returns the rows it changed.</summary>
    public Task<int> ExecuteAsync(SqliteConnectionFactory connections, string sql, object args, CancellationToken cancellationToken) =>
        RunAsync(
            async () =>
            {
                await using var connection = await connections.OpenAsync(cancellationToken);
                return await connection.ExecuteAsync(new CommandDefinition(sql, args, cancellationToken: cancellationToken));
            },
            cancellationToken);

    public void Dispose() => _gate.Dispose();
}
