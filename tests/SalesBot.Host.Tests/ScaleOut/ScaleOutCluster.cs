using Dapper;
using Npgsql;
using SalesBot.Testing.Postgres;

namespace SalesBot.Host.Tests.ScaleOut;

/// <summary>
/// Two SalesBot.Host processes over one new PostgreSQL database (Storage:Provider = Postgres), started at the same
/// moment so that both run their migrations at once. The turn pipeline logs its re-runs, so tests can see them.
/// </summary>
public sealed class ScaleOutCluster : IAsyncLifetime
{
    private TestPostgresDatabase _database = null!;

    public HostProcess A { get; private set; } = null!;

    public HostProcess B { get; private set; } = null!;

    public string ConnectionString => _database.ConnectionString;

    public async Task InitializeAsync()
    {
        _database = await TestPostgres.CreateDatabaseAsync();
        var settings = new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:SalesBot"] = _database.ConnectionString,
            ["Logging:LogLevel:SalesBot.Dialogs.Pipeline.TurnPipeline"] = "Information",

            // Both dispatchers look at the shared outbox five times a second.
            ["Nudges:DispatchInterval"] = "00:00:00.200",
        };
        var a = HostProcess.StartAsync("instance A", settings);
        var b = HostProcess.StartAsync("instance B", settings);
        try
        {
            A = await a;
            B = await b;
        }
        catch
        {
            await DisposeStartedAsync(a, b);
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        await _database.DisposeAsync();
    }

    /// <summary>How many turns the instances re-ran after a conflicting concurrent turn, from their logs.</summary>
    public int Reruns() => A.Output.Concat(B.Output).Count(line => line.Contains("conflicted with a concurrent turn", StringComparison.Ordinal));

    public async Task<List<T>> QueryAsync<T>(string sql, object? args = null)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        return (await connection.QueryAsync<T>(sql, args)).ToList();
    }

    public string Logs() => A.Tail() + "\n" + B.Tail();

    private static async Task DisposeStartedAsync(params Task<HostProcess>[] starts)
    {
        foreach (var start in starts)
        {
            if (start.IsCompletedSuccessfully)
            {
                await start.Result.DisposeAsync();
            }
        }
    }
}
