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

    /// <summary>One NpgsqlBatch: one round trip for every statement of a turn's commit.</summary>
    public override async Task ExecuteBatchAsync(IReadOnlyList<SqlStatement> statements, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var statement in statements)
        {
            var command = new NpgsqlBatchCommand(statement.Sql);
            foreach (var (name, value) in statement.Args)
            {
                command.Parameters.AddWithValue(name, PostgresDialect.Value(value));
            }

            batch.BatchCommands.Add(command);
        }

        try
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException)
        {
            // The statements that completed before the refused one are checked first, as if they had run one at a time
            // (an answer under a deal that does not exist is refused by the ownership check, not by the foreign key).
            Verify(statements, batch, completedOnly: true);
            throw;
        }

        Verify(statements, batch, completedOnly: false);
    }

    private static void Verify(IReadOnlyList<SqlStatement> statements, NpgsqlBatch batch, bool completedOnly)
    {
        for (var i = 0; i < statements.Count; i++)
        {
            var command = batch.BatchCommands[i];
            // A statement's type is known once the server said it completed.
            if (completedOnly && command.StatementType == StatementType.Unknown)
            {
                return;
            }

            statements[i].Verify((long)command.Rows);
        }
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
