namespace SalesBot.Storage.Sql;

/// <summary>
/// One connection, and the transaction when there is one, for the length of one store operation. Parameters are
/// <c>(name, value)</c> pairs whose values are domain values (see <see cref="SqlDialect.Bind"/>).
/// </summary>
internal abstract class SqlSession(SqlDialect dialect)
{
    public SqlDialect Dialect => dialect;

    /// <summary>Runs one statement; returns the rows it changed.</summary>
    public abstract Task<int> ExecuteAsync(string sql, IReadOnlyList<(string Name, object? Value)> args, CancellationToken cancellationToken);

    /// <summary>The first column of the first row, or null when there is no row.</summary>
    public abstract Task<object?> ScalarAsync(string sql, IReadOnlyList<(string Name, object? Value)> args, CancellationToken cancellationToken);

    /// <summary>Every row, each read by <paramref name="read"/>.</summary>
    public abstract Task<List<T>> QueryAsync<T>(
        string sql, IReadOnlyList<(string Name, object? Value)> args, Func<SqlRow, T> read, CancellationToken cancellationToken);

    /// <summary>
    /// A command of several queries, separated by semicolons and sharing <paramref name="args"/> (one round trip on
    /// PostgreSQL, kept compiled on SQLite); <paramref name="read"/> takes their results in order.
    /// </summary>
    public abstract Task<T> QueryResultsAsync<T>(
        string sql, IReadOnlyList<(string Name, object? Value)> args, Func<SqlResults, Task<T>> read, CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="statements"/> in order and gives each its rows (changed, or returned where it returns rows)
    /// to check: the first failing check throws. A statement the database refuses throws too, unless a check of an
    /// earlier statement failed: that error comes first, as if the statements had run one at a time.
    /// </summary>
    public abstract Task ExecuteBatchAsync(IReadOnlyList<SqlStatement> statements, CancellationToken cancellationToken);

    /// <summary>A script run once (a migration): not kept compiled.</summary>
    public abstract Task ExecuteScriptAsync(string sql, CancellationToken cancellationToken);

    public Task<List<string>> QueryStringsAsync(string sql, IReadOnlyList<(string Name, object? Value)> args, CancellationToken cancellationToken) =>
        QueryAsync(sql, args, row => row.Text(0), cancellationToken);
}
