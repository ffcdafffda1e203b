using Dapper;
using Npgsql;
using SalesBot.Host.Tests.Slack;
using SalesBot.Testing.Postgres;

namespace SalesBot.Host.Tests.ScaleOut;

/// <summary>
/// Two SalesBot.Host processes over one new PostgreSQL database (Storage:Provider = Postgres), started at the same
/// moment so that both run their migrations at once. The turn pipeline logs its re-runs, so tests can see them.
/// Slack is on in both, against one fake Slack Web API on loopback: they share the Slack inbox in the database.
/// </summary>
public sealed class ScaleOutCluster : IAsyncLifetime
{
    public const string SlackSigningSecret = "scale-out-signing-secret-0123456789abcdef";

    private TestPostgresDatabase _database = null!;
    private Dictionary<string, string> _settings = null!;

    public HostProcess A { get; private set; } = null!;

    public HostProcess B { get; private set; } = null!;

    public string ConnectionString => _database.ConnectionString;

    public FakeSlack Slack { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await TestPostgres.CreateDatabaseAsync();
        Slack = await FakeSlack.StartAsync();
        var settings = _settings = new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:SalesBot"] = _database.ConnectionString,
            ["Logging:LogLevel:SalesBot.Dialogs.Pipeline.TurnPipeline"] = "Information",

            // Both dispatchers look at the shared outbox five times a second.
            ["Nudges:DispatchInterval"] = "00:00:00.200",

            ["Slack:SigningSecret"] = SlackSigningSecret,
            ["Slack:BotToken"] = "xoxb-scale-out",
            ["Slack:ApiBaseUrl"] = Slack.ApiBaseUrl.ToString(),

            // Work of a dead instance is taken up by the other one two seconds after its last lease renewal.
            ["Slack:InboxLease"] = "00:00:02",
            ["Slack:InboxPollInterval"] = "00:00:00.100",
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
        await Slack.DisposeAsync();
    }

    /// <summary>Kills instance A with kill -9 (the test decides when), then starts a new A on the same database.</summary>
    public async Task KillAAsync(Func<Task> whileDown)
    {
        await A.KillAsync();
        await A.DisposeAsync();
        try
        {
            await whileDown();
        }
        finally
        {
            A = await HostProcess.StartAsync("instance A (restarted)", _settings);
        }
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
