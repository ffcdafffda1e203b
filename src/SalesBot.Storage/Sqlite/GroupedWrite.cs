using Microsoft.Data.Sqlite;

namespace SalesBot.Storage.Sqlite;

/// <summary>A writer's transaction work and its outcome, which only the group's commit (or failure) decides.</summary>
internal sealed class GroupedWrite<T>(Func<SqlitePreparedConnection, SqliteTransaction, Task<T>> work) : IGroupedWrite
{
    private const int Queued = 0;
    private const int Taken = 1;
    private const int Withdrawn = 2;

    private readonly TaskCompletionSource<T> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _state = Queued;
    private T? _result;
    private Exception? _error;

    public Task<T> Outcome => _outcome.Task;

    public bool TryTake() => Interlocked.CompareExchange(ref _state, Taken, Queued) == Queued;

    /// <summary>Takes the work out of the queue unless a group has taken it already.</summary>
    public bool TryWithdraw() => Interlocked.CompareExchange(ref _state, Withdrawn, Queued) == Queued;

    public async Task RunAsync(SqlitePreparedConnection prepared, SqliteTransaction transaction)
    {
        try
        {
            _result = await work(prepared, transaction);
        }
        catch (Exception ex)
        {
            _error = ex;
            throw;
        }
    }

    public void Complete(Exception? groupFailure)
    {
        if ((_error ?? groupFailure) is { } failure)
        {
            _outcome.TrySetException(failure);
        }
        else
        {
            _outcome.TrySetResult(_result!);
        }
    }
}
