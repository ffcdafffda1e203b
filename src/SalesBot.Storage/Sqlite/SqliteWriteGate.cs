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

    public void Dispose() => _gate.Dispose();
}
