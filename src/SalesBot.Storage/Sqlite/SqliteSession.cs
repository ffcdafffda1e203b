using Microsoft.Data.Sqlite;
using SalesBot.Storage.Sql;

namespace SalesBot.Storage.Sqlite;

/// <summary>A store operation on a kept-open connection: its statements stay compiled for the next operation.</summary>
internal sealed class SqliteSession(SqliteDialect dialect, SqlitePreparedConnection prepared, SqliteTransaction? transaction) : SqlSession(dialect)
{
    public override Task<int> ExecuteAsync(string sql, IReadOnlyList<(string Name, object? Value)> args, CancellationToken cancellationToken) =>
        prepared.Command(sql, transaction, args).ExecuteNonQueryAsync(cancellationToken);

    public override Task<object?> ScalarAsync(string sql, IReadOnlyList<(string Name, object? Value)> args, CancellationToken cancellationToken) =>
        prepared.Command(sql, transaction, args).ExecuteScalarAsync(cancellationToken);

    public override async Task<List<T>> QueryAsync<T>(
        string sql, IReadOnlyList<(string Name, object? Value)> args, Func<SqlRow, T> read, CancellationToken cancellationToken)
    {
        await using var reader = await prepared.Command(sql, transaction, args).ExecuteReaderAsync(cancellationToken);
        return await SqlRow.ReadAllAsync(reader, Dialect, read, cancellationToken);
    }

    public override async Task<T> QueryResultsAsync<T>(
        string sql, IReadOnlyList<(string Name, object? Value)> args, Func<SqlResults, Task<T>> read, CancellationToken cancellationToken)
    {
        await using var reader = await prepared.Command(sql, transaction, args).ExecuteReaderAsync(cancellationToken);
        return await read(new SqlResults(reader, Dialect));
    }

    public override async Task ExecuteScriptAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = prepared.Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
