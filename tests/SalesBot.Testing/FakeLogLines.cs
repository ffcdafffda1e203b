using Microsoft.Extensions.Logging.Testing;

namespace SalesBot.Testing;

/// <summary>What a <see cref="FakeLogCollector"/> kept, as text a test can search: every record with its fields and exception.</summary>
public static class FakeLogLines
{
    /// <summary>One line per record: level, category, message, the structured fields and the exception (to prove what is never logged).</summary>
    public static IReadOnlyList<string> Lines(this FakeLogCollector logs) =>
        [.. logs.GetSnapshot().Select(Line)];

    /// <summary>All the lines in one string.</summary>
    public static string All(this FakeLogCollector logs) => string.Join("\n", logs.Lines());

    private static string Line(FakeLogRecord record)
    {
        var fields = record.StructuredState is { } state ? string.Join(";", state.Select(p => $"{p.Key}={p.Value}")) : "";
        return $"{record.Level} {record.Category}: {record.Message} [{fields}] {record.Exception}";
    }
}
