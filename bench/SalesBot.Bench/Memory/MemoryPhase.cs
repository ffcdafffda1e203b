using SalesBot.Bench.Load;
using SalesBot.Bench.Reporting;
using SalesBot.Bench.Servers;

namespace SalesBot.Bench.Memory;

/// <summary>
/// Phase 2: SalesBot's RSS as conversations pile up. A fresh server and database; each conversation is
/// <c>qualify Prospect-n</c> plus one answer (so it leaves a deal, an answer and an open dialog in the store),
/// driven by the same number of virtual users. Dialog state lives in the store, so the RSS should stay flat.
/// </summary>
internal sealed class MemoryPhase(BenchOptions options, RepoPaths paths, string workDir, ResultSink results, TargetBoard board)
{
    /// <summary>"Flat": RSS grows less than this from the second checkpoint to the last (10k to 100k in a full run).</summary>
    public const double FlatGrowth = 0.20;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var checkpoints = options.MemoryCheckpoints;
        Console.WriteLine($"Memory: SalesBot RSS after {string.Join(", ", checkpoints.Select(c => Format.Size(c)))} conversations (each `qualify X` + one answer, distinct conversations);");
        Console.WriteLine($"      {options.Users} virtual users, a fresh server and database.");
        var db = Path.Combine(workDir, "memory.db");
        using var salesBot = await ChildServer.StartAsync(
            "SalesBot-memory", paths.HostDll, [$"--ConnectionStrings:SalesBot=Data Source={db}"], workDir, options.ServerGc, cancellationToken);
        using var client = new BotClient(options.Users);
        var driver = new LoadDriver(client, options.Users);
        var policy = new SalesBotReplyPolicy();

        var table = new TextTable("conversations", "RSS MiB", "turns/s", "errors", "server CPU/turn ms", "seconds", "db MiB");
        var idle = salesBot.Rss();
        table.Row("0 (started, idle)", Format.MiB(idle), "", "", "", "", Format.MiB(DbBytes(db)));
        results.Add("memory", "salesbot", "rss_mib", idle / 1024.0 / 1024.0, "MiB", size: 0);

        var done = 0L;
        var rss = new List<long>();
        foreach (var checkpoint in checkpoints)
        {
            var shape = new LoadShape($"{results.Run}-mem{checkpoint}", Conversations: checkpoint - done, TurnsPerConversation: 2);
            var window = await ServerWindow.MeasureAsync(salesBot, driver, policy, shape, cancellationToken);
            done = checkpoint;

            // Let the last responses drain and a background GC settle before reading the RSS.
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            var now = salesBot.Rss();
            rss.Add(now);
            var load = window.Load;
            table.Row(
                Format.Count(checkpoint), Format.MiB(now), Format.Rate(load.TurnsPerSecond), Format.Count(load.ErrorCount),
                Format.Ms(window.ServerCpuPerTurnMs), Format.Seconds(load.Elapsed.TotalSeconds), Format.MiB(DbBytes(db)));
            Console.WriteLine($"      {Format.Count(checkpoint)} conversations: RSS {Format.MiB(now)} MiB, {Format.Rate(load.TurnsPerSecond)} turns/s");
            results.Add("memory", "salesbot", "rss_mib", now / 1024.0 / 1024.0, "MiB", size: checkpoint);
            results.Add("memory", "salesbot", "turns_per_s", load.TurnsPerSecond, "turns/s", size: checkpoint);
            results.Add("memory", "salesbot", "errors", load.ErrorCount, "errors", size: checkpoint);
            results.Add("memory", "salesbot", "server_cpu_per_turn_ms", window.ServerCpuPerTurnMs, "ms", size: checkpoint);
            results.Add("memory", "salesbot", "db_mib", DbBytes(db) / 1024.0 / 1024.0, "MiB", size: checkpoint);
            if (load.ErrorCount > 0)
            {
                Console.WriteLine($"      errors: {string.Join(", ", load.Errors.Select(e => $"{e.Key} {e.Value}"))}; e.g. {string.Join(" / ", load.ErrorSamples)}");
            }
        }

        Console.WriteLine(table);
        var growth = (double)rss[^1] / rss[^2] - 1;
        var overall = (double)rss[^1] / rss[0] - 1;
        var from = Format.Size(checkpoints[^2]);
        var to = Format.Size(checkpoints[^1]);
        Console.WriteLine($"  growth {from} -> {to}: {Format.Percent(growth)}; {Format.Size(checkpoints[0])} -> {to}: {Format.Percent(overall)}; flat means < {FlatGrowth:P0} from {from} to {to}");
        Console.WriteLine();
        results.Add("memory", "salesbot", $"rss_growth_{from}_to_{to}", growth * 100, "%");
        results.Add("memory", "salesbot", $"rss_growth_{Format.Size(checkpoints[0])}_to_{to}", overall * 100, "%");
        board.Judge(
            "rss_flat", $"RSS flat as conversations grow (< {FlatGrowth:P0} growth {from} -> {to})", growth < FlatGrowth, growth * 100, "%",
            $"{Format.Percent(growth)} ({Format.MiB(rss[^2])} -> {Format.MiB(rss[^1])} MiB; {Format.Size(checkpoints[0])}: {Format.MiB(rss[0])} MiB)");
    }

    private static long DbBytes(string db) =>
        new[] { db, db + "-wal" }.Where(File.Exists).Sum(file => new FileInfo(file).Length);
}
