using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace SalesBot.Storage.Sqlite;

/// <summary>
/// SQLite has one writer at a time: writers of this process queue here, asynchronously, instead of sleeping in SQLite's
/// busy-timeout back-off on pool threads (other processes still meet busy_timeout). Transactions that queued up while
/// another one ran are committed together (<see cref="TransactAsync{T}"/>), each in a savepoint of its own. Every write
/// runs on the gate's one kept-open connection: its page cache stays valid after its own commits, so a commit finds
/// the pages it changes in memory instead of reading them again after another connection's commit.
/// </summary>
internal sealed class SqliteWriteGate(SqliteConnectionFactory connections) : IDisposable
{
    /// <summary>The most transactions one commit takes, so the first of a long queue does not wait for all the rest.</summary>
    public const int MaxGroup = 32;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentQueue<IGroupedWrite> _queue = new();
    private SqlitePreparedConnection? _writer;
    private long _commits;

    /// <summary>How many writes and group commits this gate has run; the checkpointer skips a quiet database.</summary>
    public long Commits => Interlocked.Read(ref _commits);

    /// <summary>Runs <paramref name="write"/> alone, outside any transaction (a migration's PRAGMA, a single statement).</summary>
    public async Task<T> RunAsync<T>(Func<SqlitePreparedConnection, Task<T>> write, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await OnWriterAsync(write, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> in a BEGIN IMMEDIATE transaction that may also hold other writers' work: the first
    /// writer to get the gate runs everything queued meanwhile, each piece in a savepoint (a piece that throws is rolled
    /// back alone and gets its exception), commits once, then completes them all. Nothing is completed before the commit,
    /// and a failed commit fails every piece in it. A writer cancelled while it still waits is taken out of the queue;
    /// once its work has been taken, it is not cancelled.
    /// </summary>
    public async Task<T> TransactAsync<T>(Func<SqlitePreparedConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        var write = new GroupedWrite<T>(work);
        _queue.Enqueue(write);
        try
        {
            await _gate.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (write.TryWithdraw())
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            // Another writer took it already: its outcome is on the way.
            return await write.Outcome;
        }

        try
        {
            while (!write.Outcome.IsCompleted)
            {
                await CommitGroupAsync();
            }
        }
        finally
        {
            _gate.Release();
        }

        return await write.Outcome;
    }

    public void Dispose()
    {
        _writer?.Dispose();
        _gate.Dispose();
    }

    /// <summary>
    /// Runs <paramref name="work"/> on the writer connection, under the gate. A connection whose work threw is closed,
    /// whatever state it was left in, and the next write opens a new one.
    /// </summary>
    private async Task<T> OnWriterAsync<T>(Func<SqlitePreparedConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        var writer = _writer ??= await connections.OpenPreparedAsync(cancellationToken);
        try
        {
            return await work(writer);
        }
        catch
        {
            _writer = null;
            writer.Dispose();
            throw;
        }
        finally
        {
            Interlocked.Increment(ref _commits);
        }
    }

    private async Task CommitGroupAsync()
    {
        var group = new List<IGroupedWrite>();
        while (group.Count < MaxGroup && _queue.TryDequeue(out var next))
        {
            if (next.TryTake())
            {
                group.Add(next);
            }
        }

        if (group.Count == 0)
        {
            return;
        }

        try
        {
            await OnWriterAsync(
                async prepared =>
                {
                    await using var transaction = prepared.Connection.BeginTransaction(deferred: false);
                    if (group.Count == 1)
                    {
                        await group[0].RunAsync(prepared, transaction);
                    }
                    else
                    {
                        foreach (var write in group)
                        {
                            await RunInSavepointAsync(write, prepared, transaction);
                        }
                    }

                    await transaction.CommitAsync(CancellationToken.None);
                    return true;
                },
                CancellationToken.None);
        }
        catch (Exception failure)
        {
            group.ForEach(write => write.Complete(failure));
            return;
        }

        group.ForEach(write => write.Complete(null));
    }

    private static async Task RunInSavepointAsync(IGroupedWrite write, SqlitePreparedConnection prepared, SqliteTransaction transaction)
    {
        await prepared.Command("SAVEPOINT grouped", transaction, []).ExecuteNonQueryAsync(CancellationToken.None);
        try
        {
            await write.RunAsync(prepared, transaction);
        }
        catch (Exception)
        {
            // The piece's own failure: undo only its writes; it gets the exception when the group completes.
            await prepared.Command("ROLLBACK TO grouped", transaction, []).ExecuteNonQueryAsync(CancellationToken.None);
        }

        await prepared.Command("RELEASE grouped", transaction, []).ExecuteNonQueryAsync(CancellationToken.None);
    }
}
