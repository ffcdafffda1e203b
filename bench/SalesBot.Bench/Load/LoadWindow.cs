namespace SalesBot.Bench.Load;

/// <summary>What the virtual users saw in one window: every turn's latency, the good turns, and the errors by kind.</summary>
internal sealed record LoadWindow(
    TimeSpan Elapsed,
    Percentiles Latency,
    long GoodTurns,
    long Conversations,
    long CompletedConversations,
    IReadOnlyDictionary<string, long> Errors,
    IReadOnlyList<string> ErrorSamples)
{
    public long ErrorCount => Errors.Values.Sum();

    public double TurnsPerSecond => GoodTurns / Elapsed.TotalSeconds;
}
