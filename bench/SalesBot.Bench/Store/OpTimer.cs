using System.Diagnostics;
using SalesBot.Bench.Load;

namespace SalesBot.Bench.Store;

/// <summary>Runs one store operation back to back, one at a time, for a fixed time, and reports ops/s and latency percentiles.</summary>
internal static class OpTimer
{
    public static async Task<OpStats> RunAsync(TimeSpan budget, Func<Task> operation, CancellationToken cancellationToken)
    {
        var latencies = new List<double>(65536);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < budget && latencies.Count < 1_000_000)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var started = Stopwatch.GetTimestamp();
            await operation();
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        clock.Stop();
        return new OpStats(latencies.Count / clock.Elapsed.TotalSeconds, new Percentiles(latencies));
    }
}

/// <summary>Throughput of one operation run serially, and its latency distribution in milliseconds.</summary>
internal sealed record OpStats(double PerSecond, Percentiles Latency);
