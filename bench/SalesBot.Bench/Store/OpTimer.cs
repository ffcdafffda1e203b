using System.Diagnostics;
using SalesBot.Bench.Load;

namespace SalesBot.Bench.Store;

/// <summary>Runs one store operation back to back for a fixed time, one at a time or from several workers, and reports ops/s and latency percentiles.</summary>
internal static class OpTimer
{
    /// <summary><paramref name="workers"/> loops at once, each calling <paramref name="operation"/> with its worker number.</summary>
    public static async Task<OpStats> RunConcurrentAsync(TimeSpan budget, int workers, Func<int, Task> operation, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var perWorker = await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(
            async () =>
            {
                var latencies = new List<double>(8192);
                while (clock.Elapsed < budget)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var started = Stopwatch.GetTimestamp();
                    await operation(worker);
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }

                return latencies;
            },
            cancellationToken)));
        clock.Stop();
        var all = perWorker.SelectMany(list => list).ToList();
        return new OpStats(all.Count / clock.Elapsed.TotalSeconds, new Percentiles(all));
    }

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
