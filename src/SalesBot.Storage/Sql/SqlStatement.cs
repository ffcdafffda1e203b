namespace SalesBot.Storage.Sql;

/// <summary>
/// One statement of a <see cref="SqlBatch"/>, with what to make of the rows it changed or returned: the error to throw,
/// or null when that is fine (a statement without a check always is).
/// </summary>
internal sealed record SqlStatement(string Sql, IReadOnlyList<(string Name, object? Value)> Args, Func<long, Exception?>? Check = null)
{
    /// <summary>Throws what <see cref="Check"/> makes of <paramref name="rows"/>.</summary>
    public void Verify(long rows)
    {
        if (Check?.Invoke(rows) is { } error)
        {
            throw error;
        }
    }
}
