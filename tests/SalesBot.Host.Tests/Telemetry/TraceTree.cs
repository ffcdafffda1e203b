using System.Text;

namespace SalesBot.Host.Tests.Telemetry;

/// <summary>A trace drawn for the test output.</summary>
internal static class TraceTree
{
    /// <summary>The trace as an indented tree: name, kind, scope and the salesbot.* attributes.</summary>
    public static string Draw(IReadOnlyList<OtlpSpan> trace)
    {
        var text = new StringBuilder();
        void Add(OtlpSpan span, int depth)
        {
            var ours = string.Join(" ", span.Attributes
                .Where(a => a.Key.StartsWith("salesbot.", StringComparison.Ordinal) || a.Key is "db.system.name" || (a.Key is "server.address" && span.Kind == OtlpSpanKind.Client))
                .Select(a => $"{a.Key}={a.Value}"));
            text.Append(new string(' ', depth * 2)).Append(span.Name).Append(" [").Append(span.Kind).Append(", ").Append(span.Scope).Append(']');
            text.AppendLine(ours.Length > 0 ? " " + ours : "");
            foreach (var child in trace.Where(s => s.ParentSpanId == span.SpanId))
            {
                Add(child, depth + 1);
            }
        }

        foreach (var root in trace.Where(s => trace.All(p => p.SpanId != s.ParentSpanId)))
        {
            Add(root, 0);
        }

        return text.ToString();
    }
}
