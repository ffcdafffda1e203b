using Dapper;
using Microsoft.Data.Sqlite;
using SalesBot.Storage.Sqlite;

namespace SalesBot.Storage.Tests;

public sealed class SqliteConnectionFactoryTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task EveryOpen_HasTheSettings_WhetherTheNativeConnectionIsNewOrPooled()
    {
        var factory = new SqliteConnectionFactory(_database.ConnectionString);
        var seen = new List<(long ForeignKeys, long BusyTimeout, long Synchronous)>();
        var natives = new HashSet<object>(ReferenceEqualityComparer.Instance);

        // Two at once force a second native connection; then both come back from the pool; then the pool is emptied.
        for (var round = 0; round < 3; round++)
        {
            await using (var first = await factory.OpenAsync(CancellationToken.None))
            await using (var second = await factory.OpenAsync(CancellationToken.None))
            {
                foreach (var connection in new[] { first, second })
                {
                    natives.Add(connection.Handle!);
                    seen.Add(await SettingsAsync(connection));
                }
            }

            if (round == 1)
            {
                _database.ReleaseConnections();
            }
        }

        Assert.Equal(4, natives.Count);
        Assert.All(seen, settings => Assert.Equal((1L, 5000L, 1L), settings));
    }

    [Fact]
    public async Task ForeignKeys_AreEnforced_OnAPooledConnection()
    {
        var factory = new SqliteConnectionFactory(_database.ConnectionString);
        await using (var setup = await factory.OpenAsync(CancellationToken.None))
        {
            await setup.ExecuteAsync("CREATE TABLE parent (id INTEGER PRIMARY KEY); CREATE TABLE child (parent_id INTEGER REFERENCES parent (id));");
        }

        await using var pooled = await factory.OpenAsync(CancellationToken.None);
        var error = await Assert.ThrowsAsync<SqliteException>(() => pooled.ExecuteAsync("INSERT INTO child (parent_id) VALUES (42)"));

        Assert.Contains("FOREIGN KEY", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await pooled.ExecuteScalarAsync<long>("SELECT count(*) FROM child"));
    }

    [Fact]
    public async Task PreparedConnections_HaveTheSettings_AreKeptAfterSuccess_AndClosedAfterAFailure()
    {
        var factory = new SqliteConnectionFactory(_database.ConnectionString);

        var first = await factory.WithPreparedAsync(prepared => Task.FromResult(prepared.Connection), CancellationToken.None);
        var again = await factory.WithPreparedAsync(prepared => Task.FromResult(prepared.Connection), CancellationToken.None);
        var settings = await factory.WithPreparedAsync(prepared => SettingsAsync(prepared.Connection), CancellationToken.None);
        await Assert.ThrowsAsync<SqliteException>(() => factory.WithPreparedAsync(
            prepared => prepared.Command("INSERT INTO no_such_table VALUES (1)", null, []).ExecuteNonQueryAsync(CancellationToken.None), CancellationToken.None));
        var afterFailure = await factory.WithPreparedAsync(prepared => Task.FromResult(prepared.Connection), CancellationToken.None);

        Assert.Same(first, again);
        Assert.Equal((1L, 5000L, 1L), settings);
        Assert.Equal(System.Data.ConnectionState.Closed, first.State);
        Assert.NotSame(first, afterFailure);
        Assert.Equal(System.Data.ConnectionState.Open, afterFailure.State);

        factory.Dispose();

        Assert.Equal(System.Data.ConnectionState.Closed, afterFailure.State);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => factory.WithPreparedAsync(prepared => Task.FromResult(0), CancellationToken.None));
    }

    [Fact]
    public async Task APreparedStatement_SeesNewParametersEachTime()
    {
        var factory = new SqliteConnectionFactory(_database.ConnectionString);
        var dialect = new SqliteDialect(factory, new SqliteWriteGate(factory));
        await factory.WithPreparedAsync(
            prepared => prepared.Command("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)", null, []).ExecuteNonQueryAsync(CancellationToken.None), CancellationToken.None);

        foreach (var (id, name) in new[] { (1L, (string?)"one"), (2L, null), (3L, "three") })
        {
            await factory.WithPreparedAsync(
                prepared => prepared.Command("INSERT INTO t (id, name) VALUES (@id, @name)", null, [("@id", id), ("@name", name)]).ExecuteNonQueryAsync(CancellationToken.None),
                CancellationToken.None);
        }

        var names = await factory.WithPreparedAsync(
            prepared => new SqliteSession(dialect, prepared, null).QueryStringsAsync(
                "SELECT coalesce(name, '-') FROM t WHERE id IN (SELECT value FROM json_each(@ids)) ORDER BY id", [("@ids", new[] { "1", "2", "3" })], CancellationToken.None),
            CancellationToken.None);

        Assert.Equal(["one", "-", "three"], names);
        factory.Dispose();
    }

    private static async Task<(long, long, long)> SettingsAsync(SqliteConnection connection) =>
        (await connection.ExecuteScalarAsync<long>("PRAGMA foreign_keys"),
         await connection.ExecuteScalarAsync<long>("PRAGMA busy_timeout"),
         await connection.ExecuteScalarAsync<long>("PRAGMA synchronous"));
}
