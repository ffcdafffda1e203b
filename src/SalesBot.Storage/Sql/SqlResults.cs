using System.Data.Common;

namespace SalesBot.Storage.Sql;

/// <summary>The result sets of a command of several queries (<see cref="SqlSession.QueryResultsAsync{T}"/>), read in order.</summary>
internal sealed class SqlResults(DbDataReader reader, SqlDialect dialect)
{
    private bool _started;

    /// <summary>Every row of the next query's result, each read by <paramref name="read"/>.</summary>
    public async Task<List<T>> NextAsync<T>(Func<SqlRow, T> read, CancellationToken cancellationToken)
    {
        if (_started && !await reader.NextResultAsync(cancellationToken))
        {
            throw new InvalidOperationException("The command returned fewer results than were read.");
        }

        _started = true;
        return await SqlRow.ReadAllAsync(reader, dialect, read, cancellationToken);
    }
}
