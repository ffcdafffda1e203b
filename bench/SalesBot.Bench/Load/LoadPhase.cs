using SalesBot.Bench.Reporting;
using SalesBot.Bench.Servers;

namespace SalesBot.Bench.Load;

/// <summary>
/// Phase 1: the same load against the floor, against SalesBot and against the Bot Framework JS peer (a 10-step waterfall
/// with in-memory state, when node is there) — N virtual users, each running full qualifications with deliveryMode
/// expectReplies — and SalesBot's CPU per turn and p99 as ratios to the floor's and the peer's.
/// </summary>
internal sealed class LoadPhase(BenchOptions options, RepoPaths paths, string workDir, ResultSink results, TargetBoard board)
{
    private const string PeerLabel = "Bot Framework JS";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        Console.WriteLine($"Load: {options.Users} virtual users, full qualifications (qualify + 10 answers + verdict), expectReplies over loopback;");
        Console.WriteLine($"      {options.WarmupSeconds} s warm-up (not measured), then {options.DurationSeconds} s measured per target.");
        var peerSkipped = options.NoPeer ? "left out (--no-peer)" : await BotFrameworkPeer.PrepareAsync(paths, cancellationToken);
        if (peerSkipped is not null)
        {
            Console.WriteLine($"      {PeerLabel} peer skipped: {peerSkipped}");
        }

        using var floor = await ChildServer.StartAsync("Floor", paths.FloorDll, [], workDir, options.ServerGc, cancellationToken);
        using var salesBot = await ChildServer.StartAsync(
            "SalesBot", paths.HostDll, [$"--ConnectionStrings:SalesBot=Data Source={Path.Combine(workDir, "bench.db")}"], workDir, options.ServerGc, cancellationToken);
        using var peer = peerSkipped is null ? await ChildServer.StartNodeAsync(PeerLabel, paths.PeerScript, [], workDir, cancellationToken) : null;
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

        // The peer is driven by the same client policy as SalesBot: its replies carry the same markers.
        var peerPolicy = new SalesBotReplyPolicy();
        if (peer is not null)
        {
            var (peerScript, peerProblem) = await driver.ProbeAsync(peer.MessagesUri, peerPolicy, $"{results.Run}-peer-probe", cancellationToken);
            if (peerProblem is not null)
            {
                throw new InvalidOperationException(
                    $"The probe qualification against the {PeerLabel} peer failed: {peerProblem}. Sent: {string.Join(" | ", peerScript)}. Log: {peer.LogPath}");
            }

            Console.WriteLine($"      peer probe: {peerScript.Count} turns per qualification: {string.Join(" | ", peerScript)}");
        }

        var (floorWindow, floorSingle, floorWarmup) = await WarmAndMeasureAsync(floor, driver, floorPolicy, "floor", cancellationToken);
        var (botWindow, botSingle, botWarmup) = await WarmAndMeasureAsync(salesBot, driver, salesBotPolicy, "salesbot", cancellationToken);
        var warmups = new List<(string Target, (TimeSpan Elapsed, ServerWindow Last, bool Settled) Warmup)> { ("floor", floorWarmup), ("salesbot", botWarmup) };
        (ServerWindow Window, ServerWindow Single)? peerWindows = null;
        if (peer is not null)
        {
            var (peerWindow, peerSingle, peerWarmup) = await WarmAndMeasureAsync(peer, driver, peerPolicy, "botframework-js", cancellationToken);
            peerWindows = (peerWindow, peerSingle);
            warmups.Add(("botframework-js", peerWarmup));
        }

        foreach (var (target, warmup) in warmups)
        {
            results.Add("load", target, "warmup_s", warmup.Elapsed.TotalSeconds, "s", note: warmup.Settled ? "settled" : "gave up waiting for the server to settle");
        }

        Report((floorWindow, floorSingle), (botWindow, botSingle), peerWindows, peerSkipped, salesBot.LogPath, peer?.LogPath);
        await RunPacedAsync(floor, salesBot, peer, driver, floorPolicy, salesBotPolicy, peerPolicy, botWindow, cancellationToken);
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
        Row(table, "SalesBot on SQLite", sqlite, null); // recorded already as "salesbot"
        Row(table, "SalesBot on PostgreSQL", window, "salesbot-postgres");
        RatioRow(table, "PostgreSQL / SQLite", window, sqlite);
        Row(table, "SalesBot on SQLite, 1 user", sqliteSingle, null);
        Row(table, "SalesBot on PostgreSQL, 1 user", single, "salesbot-postgres-1-user");
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
        Console.Write($"{Format.Seconds(warmup.Elapsed.TotalSeconds)} s{(warmup.Settled ? "" : " (not settled: gave up waiting)")} " +
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
    /// the turns per second SalesBot managed in the closed loop. Every server gets the same pace. In the closed loop
    /// every user sends again the moment a reply arrives, so with 32 users a turn waits behind the other 31 and its
    /// latency is about users / throughput (Little's law); at half capacity the latency is the service time plus
    /// the queueing a real team would cause.
    /// </summary>
    private async Task RunPacedAsync(
        ChildServer floor,
        ChildServer salesBot,
        ChildServer? peer,
        LoadDriver driver,
        IReplyPolicy floorPolicy,
        IReplyPolicy salesBotPolicy,
        IReplyPolicy peerPolicy,
        ServerWindow closedLoop,
        CancellationToken cancellationToken)
    {
        var offered = closedLoop.Load.TurnsPerSecond / 2;
        var pace = TimeSpan.FromSeconds(options.Users / Math.Max(offered, 1));
        Console.WriteLine($"      paced: {options.Users} users, each starting a turn every {Format.Ms(pace.TotalMilliseconds)} ms " +
                          $"(together {Format.Rate(offered)} turns/s, half of SalesBot's closed-loop throughput)");
        LoadShape Paced(string name) => new($"{results.Run}-{name}-paced", TimeSpan.FromSeconds(options.DurationSeconds), Pace: pace);
        var floorWindow = await ServerWindow.MeasureAsync(floor, driver, floorPolicy, Paced("floor"), cancellationToken);
        var bot = await ServerWindow.MeasureAsync(salesBot, driver, salesBotPolicy, Paced("salesbot"), cancellationToken);
        var peerWindow = peer is null ? null : await ServerWindow.MeasureAsync(peer, driver, peerPolicy, Paced("botframework-js"), cancellationToken);
        var table = WindowTable();
        Row(table, "floor, paced", floorWindow, "floor-paced");
        Row(table, "SalesBot, paced", bot, "salesbot-paced");
        if (peerWindow is not null)
        {
            Row(table, $"{PeerLabel}, paced", peerWindow, "botframework-js-paced");
        }

        Console.WriteLine(table);
        PrintErrors(("SalesBot", bot, salesBot.LogPath), (PeerLabel, peerWindow, peer?.LogPath));
        results.Add("load", "salesbot-paced", "pace_ms", pace.TotalMilliseconds, "ms", note: "each user starts a turn at most this often");
        board.Judge(
            "p99_turn_latency_le_10ms_paced", $"p99 turn latency <= 10 ms at {options.Users} users sending at half capacity (not the issue's closed loop)",
            bot.Load.Latency.P99 <= 10, bot.Load.Latency.P99, "ms",
            $"{Format.Ms(bot.Load.Latency.P99)} ms at {Format.Rate(bot.Load.TurnsPerSecond)} turns/s (floor {Format.Ms(floorWindow.Load.Latency.P99)} ms)");
        var pacedRatio = bot.Load.Latency.P99 / floorWindow.Load.Latency.P99;
        results.Add("load", "salesbot/floor", "latency_p99_paced_ratio", pacedRatio, "x");
        board.Judge(
            "p99_paced_within_3x_floor", "p99 turn latency at half capacity within 3x the floor's (issue 19)", pacedRatio <= 3, pacedRatio, "x",
            $"{Format.Ratio(pacedRatio)} ({Format.Ms(bot.Load.Latency.P99)} ms vs floor {Format.Ms(floorWindow.Load.Latency.P99)} ms" +
            (peerWindow is null ? ")" : $"; {PeerLabel} {Format.Ms(peerWindow.Load.Latency.P99)} ms)"));
    }

    private TimeSpan SingleUserWindow => TimeSpan.FromSeconds(Math.Clamp(options.DurationSeconds / 4.0, 2, 5));

    /// <summary>
    /// Load in 2 s slices for at least --warmup seconds and until the server has settled. A .NET server has settled when
    /// the runtime has stopped recompiling: the CPU time of the ".NET Tiered Compilation" thread was under 3% of the
    /// server's in two slices in a row. On a busy 2-core machine the tier-1 JIT alone takes half a minute, and measuring
    /// before it ends would charge JIT time to every turn. Node's threads carry no such name, so the Node peer has
    /// settled when its CPU per turn stopped falling: no slice more than 10% cheaper than the one before, twice in a row
    /// (V8 optimizes hot code within seconds; on a shared machine the CPU per turn jumps up and down around that). Gives up waiting after <see cref="MaxWarmup"/> (the output then says so).
    /// </summary>
    private async Task<(TimeSpan Elapsed, ServerWindow Last, bool Settled)> WarmUpAsync(
        ChildServer server, LoadDriver driver, IReplyPolicy policy, string name, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var quiet = 0;
        double? previousCpuPerTurn = null;
        for (var slice = 0; ; slice++)
        {
            var jit0 = server.TieringJitCpu();
            var window = await ServerWindow.MeasureAsync(
                server, driver, policy, new LoadShape($"{results.Run}-{name}-warm{slice}", TimeSpan.FromSeconds(2)), cancellationToken);
            string detail;
            bool calm;
            if (server.Runtime == ServerRuntime.Dotnet)
            {
                var jit = server.TieringJitCpu().Sum(t => (t.Value - jit0.GetValueOrDefault(t.Key)).TotalMilliseconds);
                var share = jit / Math.Max(window.ServerCpu.TotalMilliseconds, 1);
                calm = share < 0.03;
                detail = $"JIT {share:P0}";
            }
            else
            {
                // Optimization makes a turn cheaper; a slice dearer than the last (GC, the neighbours) is not warm-up.
                calm = previousCpuPerTurn is { } previous && window.ServerCpuPerTurnMs >= 0.9 * previous;
                previousCpuPerTurn = window.ServerCpuPerTurnMs;
                detail = calm ? "not falling" : "falling";
            }

            quiet = calm ? quiet + 1 : 0;
            if (Environment.GetEnvironmentVariable("BENCH_VERBOSE") == "1")
            {
                Console.Write($"[{Format.Ms(window.ServerCpuPerTurnMs)} ms/turn, {Format.Rate(window.Load.TurnsPerSecond)}/s, {detail}] ");
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

    private void Report(
        (ServerWindow Window, ServerWindow Single) floor,
        (ServerWindow Window, ServerWindow Single) salesBot,
        (ServerWindow Window, ServerWindow Single)? peer,
        string? peerSkipped,
        string salesBotLog,
        string? peerLog)
    {
        var bot = salesBot.Window;
        var peerWindow = peer?.Window;
        var table = WindowTable();
        var cpuRatio = bot.ServerCpuPerTurnMs / floor.Window.ServerCpuPerTurnMs;
        var p99Ratio = bot.Load.Latency.P99 / floor.Window.Load.Latency.P99;
        Row(table, "floor", floor.Window, "floor");
        Row(table, "SalesBot", bot, "salesbot");
        if (peerWindow is not null)
        {
            Row(table, $"{PeerLabel}, in-memory", peerWindow, "botframework-js");
        }

        RatioRow(table, "SalesBot / floor", bot, floor.Window);
        RecordRatios("salesbot/floor", bot, floor.Window);
        if (peerWindow is not null)
        {
            RatioRow(table, $"SalesBot / {PeerLabel}", bot, peerWindow);
            RecordRatios("salesbot/botframework-js", bot, peerWindow);
            RatioRow(table, $"{PeerLabel} / floor", peerWindow, floor.Window);
            RecordRatios("botframework-js/floor", peerWindow, floor.Window);
        }

        Row(table, "floor, 1 user", floor.Single, "floor-1-user");
        Row(table, "SalesBot, 1 user", salesBot.Single, "salesbot-1-user");
        if (peer is { Single: var peerSingle })
        {
            Row(table, $"{PeerLabel}, 1 user", peerSingle, "botframework-js-1-user");
        }

        Console.WriteLine(table);
        if (peerWindow is not null)
        {
            Console.WriteLine($"      ({PeerLabel}: botbuilder + botbuilder-dialogs 4.23 on Node, a 10-step waterfall, MemoryStorage; it persists nothing, SalesBot commits every answer)");
        }

        PrintErrors(("floor", floor.Window, null), ("SalesBot", bot, salesBotLog), (PeerLabel, peerWindow, peerLog));

        board.Judge(
            "server_cpu_per_turn_within_3x_floor", "server CPU per turn within 3x the floor's (issue 3)", cpuRatio <= 3, cpuRatio, "x",
            $"{Format.Ratio(cpuRatio)} ({Format.Ms(bot.ServerCpuPerTurnMs)} ms vs floor {Format.Ms(floor.Window.ServerCpuPerTurnMs)} ms)");
        board.Judge(
            "server_cpu_per_turn_le_5x_floor", "server CPU per turn <= 5x the floor's (issue 19)", cpuRatio <= 5, cpuRatio, "x",
            $"{Format.Ratio(cpuRatio)} ({Format.Ms(bot.ServerCpuPerTurnMs)} ms vs floor {Format.Ms(floor.Window.ServerCpuPerTurnMs)} ms)");
        const string peerTarget = $"server CPU per turn <= 0.5x the {PeerLabel} peer's (issue 19)";
        if (peerWindow is not null)
        {
            var peerRatio = bot.ServerCpuPerTurnMs / peerWindow.ServerCpuPerTurnMs;
            board.Judge(
                "server_cpu_per_turn_le_half_botframework_js", peerTarget, peerRatio <= 0.5, peerRatio, "x",
                $"{Format.Ratio(peerRatio)} ({Format.Ms(bot.ServerCpuPerTurnMs)} ms vs peer {Format.Ms(peerWindow.ServerCpuPerTurnMs)} ms)");
        }
        else
        {
            board.NotMeasured("server_cpu_per_turn_le_half_botframework_js", peerTarget, $"peer skipped: {peerSkipped?.Split('\n')[0]}");
        }

        var at = options.Users == 32 ? "32" : $"{options.Users} (target is stated for 32)";
        board.Judge(
            "p99_turn_latency_le_10ms", $"p99 turn latency <= 10 ms at {at} concurrent users (issues 3, 19)", bot.Load.Latency.P99 <= 10, bot.Load.Latency.P99, "ms",
            $"{Format.Ms(bot.Load.Latency.P99)} ms (floor {Format.Ms(floor.Window.Load.Latency.P99)} ms, {Format.Ratio(p99Ratio)}" +
            (peerWindow is null ? ")" : $"; {PeerLabel} {Format.Ms(peerWindow.Load.Latency.P99)} ms)"));
        if (bot.Load.ErrorCount > 0)
        {
            board.Judge("no_errors_under_load", "no errors under load", false, bot.Load.ErrorCount, "errors", $"{Format.Count(bot.Load.ErrorCount)} errors");
        }
    }

    /// <summary>Prints the errors of each window that had any, with the server's log when there is one.</summary>
    private static void PrintErrors(params (string Name, ServerWindow? Window, string? Log)[] windows)
    {
        foreach (var (name, window, log) in windows)
        {
            if (window is { Load.ErrorCount: > 0 } w)
            {
                Console.WriteLine($"  {name} errors: {string.Join(", ", w.Load.Errors.Select(e => $"{e.Key} {e.Value}"))}; e.g. {string.Join(" / ", w.Load.ErrorSamples)}" +
                                  (log is null ? "" : $"; log: {log}"));
            }
        }
    }

    /// <summary>A row of ratios <paramref name="of"/> ÷ <paramref name="to"/> under the columns of <see cref="WindowTable"/>.</summary>
    private static void RatioRow(TextTable table, string name, ServerWindow of, ServerWindow to) => table.Row(
        name,
        Format.Ratio(of.Load.TurnsPerSecond / to.Load.TurnsPerSecond),
        Format.Ratio(of.Load.Latency.P50 / to.Load.Latency.P50),
        Format.Ratio(of.Load.Latency.P95 / to.Load.Latency.P95),
        Format.Ratio(of.Load.Latency.P99 / to.Load.Latency.P99),
        "",
        "",
        "",
        Format.Ratio(of.ServerCpuPerTurnMs / to.ServerCpuPerTurnMs),
        Format.Ratio((double)of.ServerRss / to.ServerRss),
        "",
        "");

    private void RecordRatios(string target, ServerWindow of, ServerWindow to)
    {
        results.Add("load", target, "server_cpu_per_turn_ratio", of.ServerCpuPerTurnMs / to.ServerCpuPerTurnMs, "x");
        results.Add("load", target, "latency_p99_ratio", of.Load.Latency.P99 / to.Load.Latency.P99, "x");
        results.Add("load", target, "turns_per_s_ratio", of.Load.TurnsPerSecond / to.Load.TurnsPerSecond, "x");
        results.Add("load", target, "server_rss_ratio", (double)of.ServerRss / to.ServerRss, "x");
    }

    /// <summary>The columns <see cref="Row"/> fills.</summary>
    private static TextTable WindowTable() => new(
        "target", "turns/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors", "qualifications", "server CPU/turn ms", "server RSS MiB", "bench CPU/turn ms", "others' load (cores)");

    /// <summary>Prints the window as a row and records its numbers as <paramref name="target"/> (null: already recorded).</summary>
    private void Row(TextTable table, string name, ServerWindow window, string? target)
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
