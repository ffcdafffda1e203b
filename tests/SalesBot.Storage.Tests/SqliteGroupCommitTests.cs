using SalesBot.Storage.Sql;
using SalesBot.Storage.Sqlite;

namespace SalesBot.Storage.Tests;

/// <summary>
/// Transactions that queue at the SQLite write gate while another runs are committed together, each in a savepoint:
/// a piece that fails is rolled back alone, nothing is visible (or reported done) before the one commit, and a writer
/// cancelled while it waits never writes.
/// </summary>
public sealed class SqliteGroupCommitTests : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Writers_queued_behind_a_running_transaction_commit_together_and_a_failing_one_is_rolled_back_alone()
    {
        var dialect = await ScratchAsync();
        var (first, release) = await HoldGateAsync(dialect);

        // These queue while the first holds the gate; the last one looks, from another connection, for the first of them.
        var seenBeforeCommit = -1;
        var queued = new List<Task<int>>
        {
            dialect.TransactAsync(async session => { await Insert(session, 1); return 1; }, Ct),
            dialect.TransactAsync<int>(async session => { await Insert(session, 2); throw new InvalidOperationException("piece 2 fails"); }, Ct),
            dialect.TransactAsync(async session => { await Insert(session, 3); return 3; }, Ct),
            dialect.TransactAsync(
                async session =>
                {
                    await Insert(session, 4);
                    seenBeforeCommit = await CountAsync(dialect, 1);
                    return 4;
                },
                Ct),
        };
        await Task.Delay(50);
        Assert.All(queued, task => Assert.False(task.IsCompleted));
        release.SetResult();

        Assert.Equal(0, await first);
        Assert.Equal(1, await queued[0]);
        var failed = await Assert.ThrowsAsync<InvalidOperationException>(() => queued[1]);
        Assert.Equal("piece 2 fails", failed.Message);
        Assert.Equal(3, await queued[2]);
        Assert.Equal(4, await queued[3]);

        // Piece 1 was not committed yet while piece 4 ran: one transaction for the group.
        Assert.Equal(0, seenBeforeCommit);
        Assert.Equal([0, 1, 3, 4], await IdsAsync(dialect));
    }

    [Fact]
    public async Task A_writer_cancelled_while_it_waits_never_writes_and_the_others_still_commit()
    {
        var dialect = await ScratchAsync();
        var (first, release) = await HoldGateAsync(dialect);
        using var hangUp = new CancellationTokenSource();
        var cancelled = dialect.TransactAsync(async session => { await Insert(session, 1); return 1; }, hangUp.Token);
        var kept = dialect.TransactAsync(async session => { await Insert(session, 2); return 2; }, Ct);

        await hangUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        release.SetResult();

        Assert.Equal(0, await first);
        Assert.Equal(2, await kept);
        Assert.Equal([0, 2], await IdsAsync(dialect));
    }

    [Fact]
    public async Task A_group_whose_commit_fails_fails_every_writer_in_it_and_keeps_nothing()
    {
        var dialect = await ScratchAsync();
        var (first, release) = await HoldGateAsync(dialect);
        var fine = dialect.TransactAsync(async session => { await Insert(session, 1); return 1; }, Ct);

        // A piece that ends the group's transaction itself: the savepoint is gone, so the group cannot commit.
        var breaking = dialect.TransactAsync(
            async session =>
            {
                await session.ExecuteAsync("ROLLBACK", [], Ct);
                return 2;
            },
            Ct);
        release.SetResult();

        Assert.Equal(0, await first);
        await Assert.ThrowsAnyAsync<Exception>(() => fine);
        await Assert.ThrowsAnyAsync<Exception>(() => breaking);
        Assert.Equal([0], await IdsAsync(dialect));

        // The gate works on: the next writer commits.
        Assert.Equal(5, await dialect.TransactAsync(async session => { await Insert(session, 5); return 5; }, Ct));
        Assert.Equal([0, 5], await IdsAsync(dialect));
    }

    /// <summary>A first writer (row 0) that holds the write gate until <c>release</c> is set, so the writers after it queue.</summary>
    private static async Task<(Task<int> First, TaskCompletionSource Release)> HoldGateAsync(SqliteDialect dialect)
    {
        var running = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var first = dialect.TransactAsync(
            async session =>
            {
                await Insert(session, 0);
                running.SetResult();
                await release.Task;
                return 0;
            },
            Ct);
        await running.Task;
        return (first, release);
    }

    private async Task<SqliteDialect> ScratchAsync()
    {
        var dialect = _database.NewDialect();
        await dialect.WriteAsync(session => session.ExecuteAsync("CREATE TABLE t (id INTEGER PRIMARY KEY)", [], Ct), Ct);
        return dialect;
    }

    private static Task<int> Insert(SqlSession session, long id) => session.ExecuteAsync("INSERT INTO t (id) VALUES (@id)", [("@id", id)], Ct);

    private static async Task<int> CountAsync(SqlDialect dialect, long id) =>
        (await dialect.QueryAsync("SELECT count(*) FROM t WHERE id = @id", [("@id", id)], row => row.Int(0), Ct)).Single();

    private static async Task<List<long>> IdsAsync(SqlDialect dialect) =>
        await dialect.QueryAsync("SELECT id FROM t ORDER BY id", [], row => row.Long(0), Ct);
}
