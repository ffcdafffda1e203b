using Microsoft.Data.Sqlite;

namespace SalesBot.Bench.Nudges;

/// <summary>
/// SQLite's <c>EXPLAIN QUERY PLAN</c> of the dispatcher's claim statement, read from the bench's database file.
/// The statement is private to <c>SqliteDialect</c>, so its text is repeated here: keep the two in step
/// (src/SalesBot.Storage/Sqlite/SqliteDialect.cs, <c>ClaimDueNudges</c>). The check that the plan searches
/// <see cref="Index"/> makes a drift that loses the index show up as a warning, not as a silently slow number.
/// </summary>
internal static class ClaimQueryPlan
{
    public const string Index = "ix_nudges_pending_due";

    private const string ClaimSql = """
        UPDATE nudges SET claimed_by = @claimant, lease_until = @until, attempts = attempts + 1
        WHERE state = 'pending' AND due_at <= @now AND (lease_until IS NULL OR lease_until <= @now)
          AND (+tenant_id, +user_id) IN (
            SELECT tenant_id, user_id FROM nudges
            WHERE state = 'pending' AND due_at <= @now AND (lease_until IS NULL OR lease_until <= @now)
            ORDER BY due_at LIMIT @limit)
        RETURNING id
        """;

    /// <summary>The plan as an indented tree, one node a line, and whether it searches the pending-due index.</summary>
    public static async Task<(IReadOnlyList<string> Lines, bool UsesIndex)> ExplainAsync(string db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + ClaimSql;
        command.Parameters.AddWithValue("@claimant", "bench-explain");
        command.Parameters.AddWithValue("@now", now.UtcTicks);
        command.Parameters.AddWithValue("@until", (now + TimeSpan.FromMinutes(2)).UtcTicks);
        command.Parameters.AddWithValue("@limit", 100);
        var nodes = new List<(long Id, long Parent, string Detail)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                nodes.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetString(3)));
            }
        }

        var depth = new Dictionary<long, int> { [0] = -1 };
        var lines = new List<string>();
        foreach (var (id, parent, detail) in nodes)
        {
            depth[id] = depth.GetValueOrDefault(parent, -1) + 1;
            lines.Add(new string(' ', 2 * depth[id]) + detail);
        }

        return (lines, nodes.Any(n => n.Detail.Contains(Index, StringComparison.Ordinal)));
    }
}
