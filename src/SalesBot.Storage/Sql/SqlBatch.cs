namespace SalesBot.Storage.Sql;

/// <summary>
/// Statements that run together inside the caller's transaction: on PostgreSQL in one round trip, on SQLite one after
/// another on the kept-open connection (<see cref="SqlSession.ExecuteBatchAsync"/>). Each statement's check sees the rows
/// it changed or returned; the first check that fails throws, and the caller's transaction undoes everything.
/// </summary>
internal sealed class SqlBatch
{
    private readonly List<SqlStatement> _statements = [];

    public void Add(string sql, IReadOnlyList<(string Name, object? Value)> args, Func<long, Exception?>? check = null) =>
        _statements.Add(new SqlStatement(sql, args, check));

    /// <summary>Runs the statements added so far, then forgets them.</summary>
    public async Task RunAsync(SqlSession session, CancellationToken cancellationToken)
    {
        if (_statements.Count == 0)
        {
            return;
        }

        var statements = _statements.ToArray();
        _statements.Clear();
        await session.ExecuteBatchAsync(statements, cancellationToken);
    }
}
