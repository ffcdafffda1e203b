using SalesBot.Bench.Reporting;
using SalesBot.Bench.Servers;

namespace SalesBot.Bench.Load;

/// <summary>
/// Phase 1: the same load against the floor and against SalesBot — N virtual users, each running full qualifications
/// with deliveryMode expectReplies — and SalesBot's CPU per turn and p99 as ratios to the floor's.
/// </summary>
internal sealed class LoadPhase(BenchOptions options, RepoPaths paths, string workDir, ResultSink results, TargetBoard board)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        Console.WriteLine($"Load: {options.Users} virtual users, full qualifications (qualify + 10 answers + verdict), expectReplies over loopback;");
        Console.WriteLine($"      {options.WarmupSeconds} s warm-up (not measured), then {options.DurationSeconds} s measured per target.");
        using var floor = await ChildServer.StartAsync("Floor", paths.FloorDll, [], workDir, options.ServerGc, cancellationToken);
        using var salesBot = await ChildServer.StartAsync(
            "SalesBot", paths.HostDll, [$"--ConnectionStrings:SalesBot=Data Source={Path.Combine(workDir, "bench.db")}"], workDir, options.ServerGc, cancellationToken);
        using var client = new BotClient(options.Users);
        var driver = new LoadDriver(client, options.Users);

        // One qualification, one user, before any load: checks SalesBot works and records the messages it takes,
        // which the floor then gets in the same order.
        var salesBotPolicy = new SalesBotReplyPolicy();
        var (script, problem) = await driver.ProbeAsync(salesBot.MessagesUri, salesBotPolicy, $"{results.Run}-probe", cancellationToken);
        if (problem is not null)
        {
            throw new InvalidOperationException($"The probe qualification against SalesBot failed: {problem}. Sent: {string.Join(" | ", script)}. Log: {salesBot.LogPath}");
        }

        Console.WriteLine($"      probe: {script.Count} turns per qualification: {string.Join(" | ", script)}");
        var floorPolicy = new FloorReplyPolicy(script.Skip(1).ToList());

        var (floorWindow, floorSingle, floorWarmup) = await WarmAndMeasureAsync(floor, driver, floorPolicy, "floor", cancellationToken);
        var (botWindow, botSingle, botWarmup) = await WarmAndMeasureAsync(salesBot, driver, salesBotPolicy, "salesbot", cancellationToken);
        foreach (var (target, warmup) in new[] { ("floor", floorWarmup), ("salesbot", botWarmup) })
        {
            results.Add("load", target, "warmup_s", warmup.Elapsed.TotalSeconds, "s", note: warmup.Settled ? "JIT settled" : "gave up waiting for the JIT to settle");
        }

        Report(floorWindow, botWindow, floorSingle, botSingle, salesBot.LogPath);
        await RunPacedAsync(floor, salesBot, driver, floorPolicy, salesBotPolicy, botWindow, cancellationToken);
        if (options.Postgres is { } postgres)
        {
            await RunPostgresAsync(postgres, driver, botWindow, botSingle, cancellationToken);
        }
    }

    /// <summary>
    /// The same load against SalesBot on PostgreSQL (Storage:Provider=Postgres, a fresh database the bench creates on the
    /// given server and drops afterwards), next to the SQLite numbers of this run.
    /// </summary>
    private async Task RunPostgresAsync(string server, LoadDriver driver, ServerWindow sqlite, ServerWindow sqliteSingle, CancellationToken cancellationToken)
    {
        await using var database = await BenchDatabase.CreateAsync(server, results.Run, cancellationToken);
        using var salesBot = await ChildServer.StartAsync(
            "SalesBot-Postgres",
            paths.HostDll,
            ["--Storage:Provider=Postgres", $"--ConnectionStrings:SalesBot={database.ConnectionString}"],
            workDir,
            options.ServerGc,
            cancellationToken);
        var policy = new SalesBotReplyPolicy();
        var (_, problem) = await driver.ProbeAsync(salesBot.MessagesUri, policy, $"{results.Run}-pg-probe", cancellationToken);
        if (problem is not null)
        {
            throw new InvalidOperationException($"The probe qualification against SalesBot on PostgreSQL failed: {problem}. Log: {salesBot.LogPath}");
        }

        var (window, single, warmup) = await WarmAndMeasureAsync(salesBot, driver, policy, "salesbot-postgres", cancellationToken);
        results.Add("load", "salesbot-postgres", "warmup_s", warmup.Elapsed.TotalSeconds, "s", note: warmup.Settled ? "JIT settled" : "gave up waiting for the JIT to settle");
        var table = WindowTable();
        Row(table, "SalesBot on SQLite", sqlite);
        Row(table, "SalesBot on PostgreSQL", window);
        table.Row(
            "PostgreSQL / SQLite", Format.Ratio(window.Load.TurnsPerSecond / sqlite.Load.TurnsPerSecond), Format.Ratio(window.Load.Latency.P50 / sqlite.Load.Latency.P50),
            Format.Ratio(window.Load.Latency.P95 / sqlite.Load.Latency.P95), Format.Ratio(window.Load.Latency.P99 / sqlite.Load.Latency.P99), "", "", "",
            Format.Ratio(window.ServerCpuPerTurnMs / sqlite.ServerCpuPerTurnMs), "", "", "");
        Row(table, "SalesBot on SQLite, 1 user", sqliteSingle);
        Row(table, "SalesBot on PostgreSQL, 1 user", single);
        Console.WriteLine("      (server CPU is SalesBot's process only; PostgreSQL's own CPU is not in it)");
        Console.WriteLine(table);
        if (window.Load.ErrorCount > 0)
        {
            Console.WriteLine($"  SalesBot on PostgreSQL errors: {string.Join(", ", window.Load.Errors.Select(e => $"{e.Key} {e.Value}"))}; log: {salesBot.LogPath}");
        }
    }

    private async Task<(ServerWindow Window, ServerWindow Single, (TimeSpan Elapsed, ServerWindow Last, bool Settled) Warmup)> WarmAndMeasureAsync(
        ChildServer server, LoadDriver driver, IReplyPolicy policy, string name, CancellationToken cancellationToken)
    {
        Console.Write($"      {server.Name}: warming up... ");
        var warmup = await WarmUpAsync(server, driver, policy, name, cancellationToken);
        Console.Write($"{Format.Seconds(warmup.Elapsed.TotalSeconds)} s{(warmup.Settled ? "" : " (JIT still busy: gave up waiting)")} " +
                      $"({Format.Rate(warmup.Last.Load.TurnsPerSecond)} turns/s, CPU/turn {Format.Ms(warmup.Last.ServerCpuPerTurnMs)} ms); measuring... ");
        var window = await ServerWindow.MeasureAsync(
            server, driver, policy, new LoadShape($"{results.Run}-{name}", TimeSpan.FromSeconds(options.DurationSeconds)), cancellationToken);
        Console.Write($"{Format.Rate(window.Load.TurnsPerSecond)} turns/s; 1 user... ");

        // The same conversations one at a time: the service time of a turn, without queueing behind other users.
        var single = await ServerWindow.MeasureAsync(
            server, new LoadDriver(driver.Client, 1), policy, new LoadShape($"{results.Run}-{name}-single", SingleUserWindow), cancellationToken);
        Console.WriteLine($"{Format.Rate(single.Load.TurnsPerSecond)} turns/s");
        return (window, single, warmup);
    }

    /// <summary>
    /// The same users, but each one sends a turn at most every so often, as people do, so that together they offer half
    /// the turns per second SalesBot managed in the closed loop. Both servers get the same pace. In the closed loop
    /// every user sends again the moment a reply arrives, so with 32 users a turn waits behind the other 31 and its
    /// latency is about users / throughput (Little's law); at half capacity the latency is the service time plus
    /// the queueing a real team would cause.
    /// </summary>
    private async Task RunPacedAsync(
        ChildServer floor, ChildServer salesBot, LoadDriver driver, IReplyPolicy floorPolicy, IReplyPolicy salesBotPolicy, ServerWindow closedLoop,
        CancellationToken cancellationToken)
    {
        var offered = closedLoop.Load.TurnsPerSecond / 2;
        var pace = TimeSpan.FromSeconds(options.Users / Math.Max(offered, 1));
        Console.WriteLine($"      paced: {options.Users} users, each starting a turn every {Format.Ms(pace.TotalMilliseconds)} ms " +
                          $"(together {Format.Rate(offered)} turns/s, half of SalesBot's closed-loop throughput)");
        LoadShape Paced(string name) => new($"{results.Run}-{name}-paced", TimeSpan.FromSeconds(options.DurationSeconds), Pace: pace);
        var floorWindow = await ServerWindow.MeasureAsync(floor, driver, floorPolicy, Paced("floor"), cancellationToken);
        var bot = await ServerWindow.MeasureAsync(salesBot, driver, salesBotPolicy, Paced("salesbot"), cancellationToken);
        var table = WindowTable();
        Row(table, "floor, paced", floorWindow);
        Row(table, "SalesBot, paced", bot);
        Console.WriteLine(table);
        results.Add("load", "salesbot-paced", "pace_ms", pace.TotalMilliseconds, "ms", note: "each user starts a turn at most this often");
        board.Judge(
            "p99_turn_latency_le_10ms_paced", $"p99 turn latency <= 10 ms at {options.Users} users sending at half capacity (not the issue's closed loop)",
            bot.Load.Latency.P99 <= 10, bot.Load.Latency.P99, "ms",
            $"{Format.Ms(bot.Load.Latency.P99)} ms at {Format.Rate(bot.Load.TurnsPerSecond)} turns/s (floor {Format.Ms(floorWindow.Load.Latency.P99)} ms)");
    }

    private TimeSpan SingleUserWindow => TimeSpan.FromSeconds(Math.Clamp(options.DurationSeconds / 4.0, 2, 5));

    /// <summary>
    /// Load in 2 s slices for at least --warmup seconds and until the runtime has stopped recompiling: the CPU time of the
    /// ".NET Tiered Compilation" thread was under 3% of the server's in two slices in a row. On a busy 2-core machine the
    /// tier-1 JIT alone takes half a minute, and measuring before it ends would charge JIT time to every turn.
    /// Gives up waiting after <see cref="MaxWarmup"/> (the table then says so).
    /// </summary>
    private async Task<(TimeSpan Elapsed, ServerWindow Last, bool Settled)> WarmUpAsync(
        ChildServer server, LoadDriver driver, IReplyPolicy policy, string name, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var quiet = 0;
        for (var slice = 0; ; slice++)
        {
            var jit0 = server.TieringJitCpu();
            var window = await ServerWindow.MeasureAsync(
                server, driver, policy, new LoadShape($"{results.Run}-{name}-warm{slice}", TimeSpan.FromSeconds(2)), cancellationToken);
            var jit = server.TieringJitCpu().Sum(t => (t.Value - jit0.GetValueOrDefault(t.Key)).TotalMilliseconds);
            var share = jit / Math.Max(window.ServerCpu.TotalMilliseconds, 1);
            quiet = share < 0.03 ? quiet + 1 : 0;
            if (Environment.GetEnvironmentVariable("BENCH_VERBOSE") == "1")
            {
                Console.Write($"[{Format.Ms(window.ServerCpuPerTurnMs)} ms/turn, {Format.Rate(window.Load.TurnsPerSecond)}/s, JIT {share:P0}] ");
            }

            if (clock.Elapsed.TotalSeconds >= options.WarmupSeconds && quiet >= 2)
            {
                return (clock.Elapsed, window, true);
            }

            if (clock.Elapsed >= MaxWarmup)
            {
                return (clock.Elapsed, window, false);
            }
        }
    }

    private TimeSpan MaxWarmup => TimeSpan.FromSeconds(Math.Max(options.WarmupSeconds, options.Quick ? 45 : 90));

    private void Report(ServerWindow floor, ServerWindow bot, ServerWindow floorSingle, ServerWindow botSingle, string salesBotLog)
    {
        var table = WindowTable();
        var cpuRatio = bot.ServerCpuPerTurnMs / floor.ServerCpuPerTurnMs;
        var p99Ratio = bot.Load.Latency.P99 / floor.Load.Latency.P99;
        var throughputRatio = bot.Load.TurnsPerSecond / floor.Load.TurnsPerSecond;
        Row(table, "floor", floor);
        Row(table, "SalesBot", bot);
        table.Row(
            "SalesBot / floor", Format.Ratio(throughputRatio), Format.Ratio(bot.Load.Latency.P50 / floor.Load.Latency.P50),
            Format.Ratio(bot.Load.Latency.P95 / floor.Load.Latency.P95), Format.Ratio(p99Ratio), "", "", "", Format.Ratio(cpuRatio),
            Format.Ratio((double)bot.ServerRss / floor.ServerRss), "", "");
        Row(table, "floor, 1 user", floorSingle);
        Row(table, "SalesBot, 1 user", botSingle);
        Console.WriteLine(table);
        foreach (var (name, window) in new[] { ("floor", floor), ("SalesBot", bot) })
        {
            if (window.Load.ErrorCount > 0)
            {
                Console.WriteLine($"  {name} errors: {string.Join(", ", window.Load.Errors.Select(e => $"{e.Key} {e.Value}"))}; e.g. {string.Join(" / ", window.Load.ErrorSamples)}");
            }
        }

        if (bot.Load.ErrorCount > 0)
        {
            Console.WriteLine($"  SalesBot log: {salesBotLog}");
        }

        results.Add("load", "salesbot/floor", "server_cpu_per_turn_ratio", cpuRatio, "x");
        results.Add("load", "salesbot/floor", "latency_p99_ratio", p99Ratio, "x");
        results.Add("load", "salesbot/floor", "turns_per_s_ratio", throughputRatio, "x");

        board.Judge(
            "server_cpu_per_turn_within_3x_floor", "server CPU per turn within 3x the floor's", cpuRatio <= 3, cpuRatio, "x",
            $"{Format.Ratio(cpuRatio)} ({Format.Ms(bot.ServerCpuPerTurnMs)} ms vs floor {Format.Ms(floor.ServerCpuPerTurnMs)} ms)");
        var at = options.Users == 32 ? "32" : $"{options.Users} (target is stated for 32)";
        board.Judge(
            "p99_turn_latency_le_10ms", $"p99 turn latency <= 10 ms at {at} concurrent users", bot.Load.Latency.P99 <= 10, bot.Load.Latency.P99, "ms",
            $"{Format.Ms(bot.Load.Latency.P99)} ms (floor {Format.Ms(floor.Load.Latency.P99)} ms, {Format.Ratio(p99Ratio)})");
        if (bot.Load.ErrorCount > 0)
        {
            board.Judge("no_errors_under_load", "no errors under load", false, bot.Load.ErrorCount, "errors", $"{Format.Count(bot.Load.ErrorCount)} errors");
        }
    }

    /// <summary>The columns <see cref="Row"/> fills.</summary>
    private static TextTable WindowTable() => new(
        "target", "turns/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors", "qualifications", "server CPU/turn ms", "server RSS MiB", "bench CPU/turn ms", "others' load (cores)");

    private void Row(TextTable table, string name, ServerWindow window)
    {
        var load = window.Load;
        table.Row(
            name,
            Format.Rate(load.TurnsPerSecond),
            Format.Ms(load.Latency.P50),
            Format.Ms(load.Latency.P95),
            Format.Ms(load.Latency.P99),
            Format.Ms(load.Latency.Max),
            Format.Count(load.ErrorCount),
            Format.Count(load.CompletedConversations),
            Format.Ms(window.ServerCpuPerTurnMs),
            Format.MiB(window.ServerRss),
            Format.Ms(window.ClientCpuPerTurnMs),
            window.OtherLoadCores.ToString("F2", System.Globalization.CultureInfo.InvariantCulture));
        var target = name switch
        {
            "SalesBot on SQLite" or "SalesBot on SQLite, 1 user" => null, // recorded already as "salesbot"
            "SalesBot on PostgreSQL" => "salesbot-postgres",
            "SalesBot on PostgreSQL, 1 user" => "salesbot-postgres-1-user",
            _ => name.ToLowerInvariant().Replace(", 1 user", "-1-user", StringComparison.Ordinal).Replace(", paced", "-paced", StringComparison.Ordinal),
        };
        if (target is not null)
        {
            Record(target, window);
        }
    }

    private void Record(string target, ServerWindow window)
    {
        var load = window.Load;
        results.Add("load", target, "users", target.EndsWith("-1-user", StringComparison.Ordinal) ? 1 : options.Users, "users");
        results.Add("load", target, "window_s", load.Elapsed.TotalSeconds, "s");
        results.Add("load", target, "turns_per_s", load.TurnsPerSecond, "turns/s");
        results.Add("load", target, "turns", load.GoodTurns, "turns");
        results.Add("load", target, "latency_p50_ms", load.Latency.P50, "ms");
        results.Add("load", target, "latency_p95_ms", load.Latency.P95, "ms");
        results.Add("load", target, "latency_p99_ms", load.Latency.P99, "ms");
        results.Add("load", target, "latency_max_ms", load.Latency.Max, "ms");
        results.Add("load", target, "errors", load.ErrorCount, "errors", note: load.ErrorCount == 0 ? null : string.Join(", ", load.Errors.Select(e => $"{e.Key} {e.Value}")));
        results.Add("load", target, "qualifications_completed", load.CompletedConversations, "qualifications");
        results.Add("load", target, "server_cpu_per_turn_ms", window.ServerCpuPerTurnMs, "ms");
        results.Add("load", target, "server_rss_mib", window.ServerRss / 1024.0 / 1024.0, "MiB");
        results.Add("load", target, "bench_cpu_per_turn_ms", window.ClientCpuPerTurnMs, "ms");
        results.Add("load", target, "others_load_cores", window.OtherLoadCores, "cores");
    }
}
