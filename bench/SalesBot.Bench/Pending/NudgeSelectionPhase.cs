using SalesBot.Bench.Reporting;

namespace SalesBot.Bench.Pending;

/// <summary>
/// EXTENSION POINT — due-nudge selection (issue 6). The store has no nudge outbox yet, so this phase only reports
/// "not yet implemented"; it never invents a number.
/// <para>
/// To implement when issue 6 adds the outbox to <c>ISalesBotStore</c>: in <see cref="Store.StorePhase"/>, at each deal count
/// (10k, 100k, 1M), also seed nudges (say one per deal, ~1% due now, the rest due later) and time the dispatcher's
/// "claim the due nudges" call (its p50/p99 and nudges claimed/s) exactly as the dispatcher calls it; judge it flat with the
/// same rule as the lookups (p50 at the largest size within <see cref="Store.StorePhase.FlatRatio"/>x of the smallest).
/// </para>
/// </summary>
internal static class NudgeSelectionPhase
{
    public const string Status = "not yet implemented (issue 6)";

    public static void Report(ResultSink results, TargetBoard board)
    {
        Console.WriteLine($"Due-nudge selection: {Status}");
        Console.WriteLine();
        results.Add("store", "sqlite", "due_nudge_selection_p50_ms", null, "ms", note: Status);
        results.Add("store", "sqlite", "due_nudge_selection_p99_ms", null, "ms", note: Status);
        board.NotMeasured("due_nudge_selection_flat", "due-nudge selection flat as data grows", Status);
    }
}
