using SalesBot.Bench.Servers;

namespace SalesBot.Bench.Load;

/// <summary>
/// A load window seen from both sides: the client's turns and latencies, and the server's CPU time and RSS over the same
/// window, with the bench's own CPU and everything else the machine did in that time (other engineers' builds, tests).
/// </summary>
internal sealed record ServerWindow(LoadWindow Load, TimeSpan ServerCpu, TimeSpan ClientCpu, TimeSpan MachineBusy, long ServerRss)
{
    public double ServerCpuPerTurnMs => ServerCpu.TotalMilliseconds / Math.Max(Load.GoodTurns, 1);

    public double ClientCpuPerTurnMs => ClientCpu.TotalMilliseconds / Math.Max(Load.GoodTurns, 1);

    /// <summary>Cores busy with neither the server nor the bench during the window.</summary>
    public double OtherLoadCores => Math.Max(0, (MachineBusy - ServerCpu - ClientCpu).TotalSeconds / Load.Elapsed.TotalSeconds);

    public static async Task<ServerWindow> MeasureAsync(
        ChildServer server, LoadDriver driver, IReplyPolicy policy, LoadShape shape, CancellationToken cancellationToken)
    {
        var server0 = server.CpuTime();
        var client0 = ProcStats.CpuTime(Environment.ProcessId);
        var busy0 = ProcStats.MachineBusy();
        var load = await driver.RunAsync(server.MessagesUri, policy, shape, cancellationToken);
        var serverCpu = server.CpuTime() - server0;
        var clientCpu = ProcStats.CpuTime(Environment.ProcessId) - client0;
        var busy = ProcStats.MachineBusy() - busy0;
        return new ServerWindow(load, serverCpu, clientCpu, busy, server.Rss());
    }
}
