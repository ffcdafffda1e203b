using System.Diagnostics;
using Npgsql;

namespace SalesBot.Testing.Postgres;

/// <summary>
/// The PostgreSQL server the tests use. <c>SALESBOT_TEST_POSTGRES</c> names it (a connection string to a server the
/// tests may create and drop databases and schemas on; <c>.ci/run</c> sets it). Without it, under CI (<c>CI=true</c>)
/// every PostgreSQL test fails with a message saying so; on a developer's machine a throwaway cluster is started once
/// per test process with <c>tests/postgres/start-local.sh</c> (initdb under a temp folder, 127.0.0.1, a free port) and
/// stopped when the process exits. Never skipped: a missing server is a failure with instructions.
/// </summary>
public static class TestPostgres
{
    public const string EnvironmentVariable = "SALESBOT_TEST_POSTGRES";

    private static readonly Lazy<Task<string>> Server = new(FindOrStartAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The connection string of the server's maintenance database.</summary>
    public static Task<string> ServerConnectionStringAsync() => Server.Value;

    /// <summary>A new, empty database of its own (for whole SalesBot hosts); dropped on dispose.</summary>
    public static async Task<TestPostgresDatabase> CreateDatabaseAsync()
    {
        var server = await ServerConnectionStringAsync();
        var name = "salesbot_test_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(server, $"CREATE DATABASE {name}");
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new TestPostgresDatabase(connectionString, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)", server);
    }

    /// <summary>
    /// A new, empty schema of its own in the server's database, reached through a connection string whose search path
    /// is that schema: cheaper than a database, for the store tests. Dropped on dispose.
    /// </summary>
    public static async Task<TestPostgresDatabase> CreateSchemaAsync()
    {
        var server = await ServerConnectionStringAsync();
        var name = "t_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(server, $"CREATE SCHEMA {name}");
        var connectionString = new NpgsqlConnectionStringBuilder(server) { SearchPath = name, ApplicationName = name }.ConnectionString;
        return new TestPostgresDatabase(connectionString, $"DROP SCHEMA IF EXISTS {name} CASCADE", server);
    }

    internal static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> FindOrStartAsync()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
        {
            await EnsureReachableAsync(configured, $"{EnvironmentVariable} names a server that does not answer");
            return configured;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"{EnvironmentVariable} is not set, and under CI the PostgreSQL tests do not start a server themselves. " +
                ".ci/run installs PostgreSQL and sets it; elsewhere set it to a throwaway server, e.g. eval \"$(tests/postgres/start-local.sh)\".");
        }

        return await StartLocalClusterAsync();
    }

    private static async Task<string> StartLocalClusterAsync()
    {
        var script = Path.Combine(RepositoryRoot(), "tests", "postgres", "start-local.sh");
        var (exitCode, output, errors) = await RunAsync("bash", script);
        if (exitCode != 0)
        {
            throw new InvalidOperationException(
                $"No PostgreSQL for the tests: {EnvironmentVariable} is not set and {script} could not start a throwaway cluster " +
                $"(exit {exitCode}): {errors.Trim()}\nInstall the server (Debian: apt-get install postgresql) or set {EnvironmentVariable}.");
        }

        var exports = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.StartsWith("export ", StringComparison.Ordinal))
            .Select(line => line["export ".Length..].Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1].Trim('\''), StringComparer.Ordinal);
        var connectionString = exports[EnvironmentVariable];
        var folder = exports[EnvironmentVariable + "_DIR"];
        AppDomain.CurrentDomain.ProcessExit += (_, _) => StopLocalCluster(folder);
        await EnsureReachableAsync(connectionString, "the throwaway cluster started but does not answer");
        return connectionString;
    }

    private static void StopLocalCluster(string folder)
    {
        using var stop = Process.Start(new ProcessStartInfo("bash")
        {
            ArgumentList = { Path.Combine(RepositoryRoot(), "tests", "postgres", "stop-local.sh"), folder },
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        });
        stop?.WaitForExit(30_000);
    }

    private static async Task EnsureReachableAsync(string connectionString, string problem)
    {
        try
        {
            await ExecuteAsync(connectionString, "SELECT 1");
        }
        catch (Exception ex) when (ex is NpgsqlException or ArgumentException or InvalidOperationException)
        {
            throw new InvalidOperationException($"{problem}: {ex.Message}", ex);
        }
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await errors);
    }

    /// <summary>The folder holding SalesBot.sln, above the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SalesBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"SalesBot.sln not found above {AppContext.BaseDirectory}.");
    }
}
