using SalesBot.Bench.Load;

namespace SalesBot.Bench.Slack;

/// <summary>One measured window of slash commands: acknowledgement and work latencies, errors, and the server's CPU and RSS.</summary>
internal sealed record SlackWindow(
    TimeSpan Elapsed,
    Percentiles Acks,
    Percentiles Work,
    IReadOnlyDictionary<string, long> Errors,
    IReadOnlyList<string> ErrorSamples,
    TimeSpan ServerCpu,
    TimeSpan BenchCpu,
    TimeSpan MachineBusy,
    long ServerRss)
{
    public long ErrorCount => Errors.Values.Sum();

    /// <summary>Commands acknowledged per second.</summary>
    public double CommandsPerSecond => Acks.Count / Elapsed.TotalSeconds;

    /// <summary>Everything the server did in the window (acknowledging and the queued work) per acknowledged command.</summary>
    public double ServerCpuPerCommandMs => ServerCpu.TotalMilliseconds / Math.Max(Acks.Count, 1);

    /// <summary>Cores busy with neither the server nor the bench during the window.</summary>
    public double OtherLoadCores => Math.Max(0, (MachineBusy - ServerCpu - BenchCpu).TotalSeconds / Elapsed.TotalSeconds);
}
