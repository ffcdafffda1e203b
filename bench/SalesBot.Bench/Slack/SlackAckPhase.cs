using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using SalesBot.Bench.Load;
using SalesBot.Bench.Reporting;
using SalesBot.Bench.Servers;

namespace SalesBot.Bench.Slack;

/// <summary>
/// Phase: Slack acknowledgement latency. SalesBot (Release, SQLite) in single-workspace Slack mode, its Web API pointed at
/// <see cref="FakeSlackApi"/> in this process. N senders, each a loop of: a new Slack user sends a signed
/// <c>/salesbot qualify Prospect-n</c> from their DM, the bench times the HTTP acknowledgement, then waits until SalesBot has
/// posted the messages the command leads to (the opening of the qualification, as many as the probe saw) before the next.
/// So the server acknowledges while it is also doing the queued work of up to N commands — what Slack sees under load —
/// and never more work is queued than it can do (no "busy" answers by construction; any would count as errors).
/// </summary>
internal sealed class SlackAckPhase(BenchOptions options, RepoPaths paths, string workDir, ResultSink results, TargetBoard board)
{
    /// <summary>Slack retries a command that is not acknowledged within 3 s; the target is far inside that.</summary>
    public const double TargetP99Ms = 100;

    private const string SigningSecret = "bench-signing-secret";

    private static readonly TimeSpan WorkTimeout = TimeSpan.FromSeconds(30);

    private long _users;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        Console.WriteLine($"Slack: {options.Users} senders of signed `/salesbot qualify Prospect-n` slash commands (each from a new user, in their DM);");
        Console.WriteLine($"      each waits for the work behind its command (the DM messages) before the next; {options.DurationSeconds} s measured after warm-up.");
        await using var slack = await FakeSlackApi.StartAsync(cancellationToken);
        using var salesBot = await ChildServer.StartAsync(
            "SalesBot-slack",
            paths.HostDll,
            [
                $"--ConnectionStrings:SalesBot=Data Source={Path.Combine(workDir, "slack.db")}",
                $"--Slack:SigningSecret={SigningSecret}",
                "--Slack:BotToken=xoxb-bench-token",
                $"--Slack:ApiBaseUrl={slack.ApiBaseUrl}",
                $"--Slack:KeysFolder={Path.Combine(workDir, "slack-keys")}",
            ],
            workDir,
            options.ServerGc,
            cancellationToken);
        using var client = new SlashCommandClient(salesBot.BaseAddress, SigningSecret, slack, options.Users);

        var expected = await ProbeAsync(client, slack, salesBot, cancellationToken);
        Console.Write($"      {salesBot.Name}: warming up... ");
        var (warmup, settled) = await WarmUpAsync(client, slack, salesBot, expected, cancellationToken);
        Console.Write($"{Format.Seconds(warmup.TotalSeconds)} s{(settled ? "" : " (JIT still busy: gave up waiting)")}; measuring... ");
        var window = await MeasureAsync(client, slack, salesBot, expected, TimeSpan.FromSeconds(options.DurationSeconds), cancellationToken);
        Console.WriteLine($"{Format.Rate(window.CommandsPerSecond)} commands/s");
        Report(window, slack, warmup, settled);
    }

    /// <summary>One command before any load: checks SalesBot acknowledges and does the work, and counts the DM messages it takes.</summary>
    private async Task<int> ProbeAsync(SlashCommandClient client, FakeSlackApi slack, ChildServer salesBot, CancellationToken cancellationToken)
    {
        const string user = "UPROBE0001";
        var dm = slack.Dm(user);
        var ack = await client.SendAsync(user, "qualify Prospect-probe", cancellationToken);
        if (ack.Failure is not null || ack.Status != HttpStatusCode.OK || ack.Body.Length != 0)
        {
            throw new InvalidOperationException(
                $"The probe slash command was not acknowledged with an empty 200: {ack.Failure ?? $"HTTP {(int)ack.Status} '{ack.Body}'"}. Log: {salesBot.LogPath}");
        }

        if (!await dm.WaitForAsync(1, WorkTimeout, cancellationToken))
        {
            throw new InvalidOperationException($"SalesBot acknowledged the probe command but posted nothing to the DM in {WorkTimeout.TotalSeconds} s. Log: {salesBot.LogPath}");
        }

        // The rest of the opening follows at once; it is complete when nothing more comes for a while.
        for (var count = dm.Texts.Count; ; count = dm.Texts.Count)
        {
            if (!await dm.WaitForAsync(count + 1, TimeSpan.FromSeconds(2), cancellationToken))
            {
                break;
            }
        }

        var texts = dm.Texts;
        if (!texts[0].Contains("Prospect-probe", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The probe command's first DM message does not name the prospect: {dm}. Log: {salesBot.LogPath}");
        }

        slack.Forget(user);
        Console.WriteLine($"      probe: {texts.Count} DM messages per command: {dm}");
        return texts.Count;
    }

    /// <summary>Load in 2 s slices for at least --warmup seconds and until the tier-1 JIT is quiet (as the load phase does).</summary>
    private async Task<(TimeSpan Elapsed, bool Settled)> WarmUpAsync(
        SlashCommandClient client, FakeSlackApi slack, ChildServer server, int expected, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var maxWarmup = TimeSpan.FromSeconds(Math.Max(options.WarmupSeconds, options.Quick ? 45 : 90));
        var quiet = 0;
        while (true)
        {
            var jit0 = server.TieringJitCpu();
            var window = await MeasureAsync(client, slack, server, expected, TimeSpan.FromSeconds(2), cancellationToken);
            var jit = server.TieringJitCpu().Sum(t => (t.Value - jit0.GetValueOrDefault(t.Key)).TotalMilliseconds);
            quiet = jit / Math.Max(window.ServerCpu.TotalMilliseconds, 1) < 0.03 ? quiet + 1 : 0;
            if (clock.Elapsed.TotalSeconds >= options.WarmupSeconds && quiet >= 2)
            {
                return (clock.Elapsed, true);
            }

            if (clock.Elapsed >= maxWarmup)
            {
                return (clock.Elapsed, false);
            }
        }
    }

    private async Task<SlackWindow> MeasureAsync(
        SlashCommandClient client, FakeSlackApi slack, ChildServer server, int expected, TimeSpan duration, CancellationToken cancellationToken)
    {
        var acks = new ConcurrentBag<double>();
        var work = new ConcurrentBag<double>();
        var errors = new ConcurrentDictionary<string, long>();
        var samples = new ConcurrentQueue<string>();
        var cpu0 = server.CpuTime();
        var bench0 = ProcStats.CpuTime(Environment.ProcessId);
        var busy0 = ProcStats.MachineBusy();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, options.Users).Select(_ => Task.Run(
            async () =>
            {
                while (clock.Elapsed < duration)
                {
                    var user = $"UB{Interlocked.Increment(ref _users):D8}";
                    var dm = slack.Dm(user);
                    var started = Stopwatch.GetTimestamp();
                    var ack = await client.SendAsync(user, $"qualify Prospect-{user}", cancellationToken);
                    var problem = ack switch
                    {
                        { Failure: { } failure } => ("no response", failure),
                        { Status: not HttpStatusCode.OK } => ($"HTTP {(int)ack.Status}", ack.Body),
                        { Body.Length: > 0 } => ("ack with a message (busy?)", ack.Body),
                        _ => default((string Kind, string Detail)?),
                    };
                    if (problem is { } p)
                    {
                        errors.AddOrUpdate(p.Kind, 1, (_, n) => n + 1);
                        if (samples.Count < 3)
                        {
                            samples.Enqueue($"{p.Kind}: {p.Detail}");
                        }
                    }
                    else
                    {
                        acks.Add(ack.Elapsed.TotalMilliseconds);
                        if (await dm.WaitForAsync(expected, WorkTimeout, cancellationToken))
                        {
                            work.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                        }
                        else
                        {
                            errors.AddOrUpdate("work not done in time", 1, (_, n) => n + 1);
                            if (samples.Count < 3)
                            {
                                samples.Enqueue($"{user}: {dm.Texts.Count} of {expected} DM messages after {WorkTimeout.TotalSeconds} s");
                            }
                        }
                    }

                    slack.Forget(user);
                }
            },
            cancellationToken)));
        clock.Stop();
        return new SlackWindow(
            clock.Elapsed,
            new Percentiles(acks),
            new Percentiles(work),
            errors.ToDictionary(e => e.Key, e => e.Value),
            samples.ToList(),
            server.CpuTime() - cpu0,
            ProcStats.CpuTime(Environment.ProcessId) - bench0,
            ProcStats.MachineBusy() - busy0,
            server.Rss());
    }

    private void Report(SlackWindow window, FakeSlackApi slack, TimeSpan warmup, bool settled)
    {
        var table = new TextTable(
            "target", "commands/s", "ack p50 ms", "ack p95 ms", "ack p99 ms", "ack max ms", "errors", "work p50 ms", "work p99 ms",
            "server CPU/command ms", "server RSS MiB", "others' load (cores)");
        table.Row(
            "SalesBot (Slack)", Format.Rate(window.CommandsPerSecond), Format.Ms(window.Acks.P50), Format.Ms(window.Acks.P95), Format.Ms(window.Acks.P99),
            Format.Ms(window.Acks.Max), Format.Count(window.ErrorCount), Format.Ms(window.Work.P50), Format.Ms(window.Work.P99),
            Format.Ms(window.ServerCpuPerCommandMs), Format.MiB(window.ServerRss), window.OtherLoadCores.ToString("F2", System.Globalization.CultureInfo.InvariantCulture));
        Console.WriteLine(table);
        Console.WriteLine("  ack = send to the last byte of the HTTP 200; work = send until the fake Slack got the command's DM messages.");
        Console.WriteLine($"  Web API calls SalesBot made: {string.Join(", ", slack.Calls.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {Format.Count(c.Value)}"))}");
        if (window.ErrorCount > 0)
        {
            Console.WriteLine($"  errors: {string.Join(", ", window.Errors.Select(e => $"{e.Key} {e.Value}"))}; e.g. {string.Join(" / ", window.ErrorSamples)}");
        }

        Console.WriteLine();
        const string phase = "slack";
        const string target = "salesbot";
        results.Add(phase, target, "users", options.Users, "senders");
        results.Add(phase, target, "warmup_s", warmup.TotalSeconds, "s", note: settled ? "JIT settled" : "gave up waiting for the JIT to settle");
        results.Add(phase, target, "window_s", window.Elapsed.TotalSeconds, "s");
        results.Add(phase, target, "commands_per_s", window.CommandsPerSecond, "commands/s");
        results.Add(phase, target, "acks", window.Acks.Count, "acks");
        results.Add(phase, target, "ack_latency_p50_ms", window.Acks.P50, "ms");
        results.Add(phase, target, "ack_latency_p95_ms", window.Acks.P95, "ms");
        results.Add(phase, target, "ack_latency_p99_ms", window.Acks.P99, "ms");
        results.Add(phase, target, "ack_latency_max_ms", window.Acks.Max, "ms");
        results.Add(phase, target, "errors", window.ErrorCount, "errors", note: window.ErrorCount == 0 ? null : string.Join(", ", window.Errors.Select(e => $"{e.Key} {e.Value}")));
        results.Add(phase, target, "work_latency_p50_ms", window.Work.P50, "ms");
        results.Add(phase, target, "work_latency_p99_ms", window.Work.P99, "ms");
        results.Add(phase, target, "server_cpu_per_command_ms", window.ServerCpuPerCommandMs, "ms");
        results.Add(phase, target, "server_rss_mib", window.ServerRss / 1024.0 / 1024.0, "MiB");
        results.Add(phase, target, "others_load_cores", window.OtherLoadCores, "cores");
        var at = options.Users == 32 ? "" : $" ({options.Users} senders)";
        board.Judge(
            "slack_ack_p99_lt_100ms", $"Slack ack p99 < {TargetP99Ms:F0} ms{at}", window.Acks.P99 < TargetP99Ms && window.ErrorCount == 0, window.Acks.P99, "ms",
            $"{Format.Ms(window.Acks.P99)} ms (p50 {Format.Ms(window.Acks.P50)} ms, {Format.Count(window.Acks.Count)} acks, {Format.Count(window.ErrorCount)} errors)");
    }
}
