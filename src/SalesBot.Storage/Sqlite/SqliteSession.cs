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

    /// <summary>One statement at a time, each checked before the next runs: in-process, a batch saves no round trip.</summary>
    public override async Task ExecuteBatchAsync(IReadOnlyList<SqlStatement> statements, CancellationToken cancellationToken)
    {
        foreach (var statement in statements)
        {
            await using var reader = await prepared.Command(statement.Sql, transaction, statement.Args).ExecuteReaderAsync(cancellationToken);
            var rows = 0L;
            if (reader.FieldCount > 0)
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    rows++;
                }
            }
            else
            {
                rows = reader.RecordsAffected;
            }

            statement.Verify(rows);
        }
    }

    public override async Task ExecuteScriptAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = prepared.Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
