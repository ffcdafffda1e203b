using System.Data.Common;

namespace SalesBot.Storage.Sql;

/// <summary>The current row of a reader, its columns read by position; dialect-typed columns through the dialect.</summary>
internal readonly struct SqlRow(DbDataReader reader, SqlDialect dialect)
{
    public string Text(int ordinal) => reader.GetString(ordinal);

    public string? TextOrNull(int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public long Long(int ordinal) => reader.GetInt64(ordinal);

    public int Int(int ordinal) => checked((int)reader.GetInt64(ordinal));

    public bool Bool(int ordinal) => dialect.ReadBool(reader, ordinal);

    public decimal Decimal(int ordinal) => dialect.ReadDecimal(reader, ordinal);

    public string[] Strings(int ordinal) => dialect.ReadStrings(reader, ordinal);

    public DateTimeOffset Time(int ordinal) => dialect.ReadTime(reader, ordinal);

    public DateTimeOffset? TimeOrNull(int ordinal) => reader.IsDBNull(ordinal) ? null : dialect.ReadTime(reader, ordinal);

    /// <summary>Reads every row of <paramref name="from"/> with <paramref name="read"/>.</summary>
    public static async Task<List<T>> ReadAllAsync<T>(DbDataReader from, SqlDialect dialect, Func<SqlRow, T> read, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        while (await from.ReadAsync(cancellationToken))
        {
            rows.Add(read(new SqlRow(from, dialect)));
        }

        return rows;
    }
}
