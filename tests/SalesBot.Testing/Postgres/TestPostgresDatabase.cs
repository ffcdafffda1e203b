namespace SalesBot.Testing.Postgres;

/// <summary>A database or schema of one test on the test server; dropped on dispose.</summary>
public sealed class TestPostgresDatabase : IAsyncDisposable
{
    private readonly string _drop;
    private readonly string _server;

    internal TestPostgresDatabase(string connectionString, string drop, string server)
    {
        ConnectionString = connectionString;
        _drop = drop;
        _server = server;
    }

    /// <summary>The connection string SalesBot gets (ConnectionStrings:SalesBot).</summary>
    public string ConnectionString { get; }

    public async ValueTask DisposeAsync()
    {
        await TestPostgres.ExecuteAsync(_server, _drop);
    }
}
