using Npgsql;
using SalesBot.Storage.Sql;

namespace SalesBot.Storage.Postgres;

/// <summary>A store operation on one pooled connection; a new command per statement.</summary>
internal sealed class PostgresSession(PostgresDialect dialect, NpgsqlConnection connection, NpgsqlTransaction? transaction) : SqlSession(dialect)
{
    public override async Task<int> ExecuteAsync(string sql, IReadOnlyList<(string Name, object? Value)> args, CancellationToken cancellationToken)
    {
        await using var command = Command(sql, args);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override async Task<object?> ScalarAsync(string sql, IReadOnlyList<(string Name, object? Value)> args, CancellationToken cancellationToken)
    {
        await using var command = Command(sql, args);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    public override async Task<List<T>> QueryAsync<T>(
        string sql, IReadOnlyList<(string Name, object? Value)> args, Func<SqlRow, T> read, CancellationToken cancellationToken)
    {
        await using var command = Command(sql, args);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await SqlRow.ReadAllAsync(reader, Dialect, read, cancellationToken);
    }

    public override async Task<T> QueryResultsAsync<T>(
        string sql, IReadOnlyList<(string Name, object? Value)> args, Func<SqlResults, Task<T>> read, CancellationToken cancellationToken)
    {
        await using var command = Command(sql, args);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await read(new SqlResults(reader, Dialect));
    }

    public override Task ExecuteScriptAsync(string sql, CancellationToken cancellationToken) => ExecuteAsync(sql, [], cancellationToken);

    private NpgsqlCommand Command(string sql, IReadOnlyList<(string Name, object? Value)> args)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in args)
        {
            command.Parameters.AddWithValue(name, PostgresDialect.Value(value));
        }

        return command;
    }
}
