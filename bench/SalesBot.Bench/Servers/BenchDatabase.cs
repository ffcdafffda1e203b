using Npgsql;

namespace SalesBot.Bench.Servers;

/// <summary>A database of the bench's own on the PostgreSQL server given with --postgres; dropped at the end.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string _server;
    private readonly string _name;

    private BenchDatabase(string server, string name, string connectionString)
    {
        _server = server;
        _name = name;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<BenchDatabase> CreateAsync(string server, string run, CancellationToken cancellationToken)
    {
        var name = "salesbot_bench_" + new string(run.Where(char.IsAsciiLetterOrDigit).ToArray()).ToLowerInvariant();
        try
        {
            await ExecuteAsync(server, $"CREATE DATABASE {name}", cancellationToken);
        }
        catch (Exception ex) when (ex is NpgsqlException or ArgumentException)
        {
            throw new InvalidOperationException($"--postgres: could not create database {name} on the server: {ex.Message}", ex);
        }

        return new BenchDatabase(server, name, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
    }

    public async ValueTask DisposeAsync() => await ExecuteAsync(_server, $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", CancellationToken.None);

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
