using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using SalesBot.Bench;
using SalesBot.Bench.Load;
using SalesBot.Bench.Memory;
using SalesBot.Bench.Reporting;
using SalesBot.Bench.Servers;
using SalesBot.Bench.Slack;
using SalesBot.Bench.Store;

// dotnet run -c Release --project bench/SalesBot.Bench -- [--users 32] [--duration 20] [--quick]
// Builds SalesBot.Host and the floor in Release, runs each phase against them (every number next to its floor),
// prints a table and appends JSON lines to bench/results/results-<run>.jsonl. See bench/README.md.
BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (UsageException usage)
{
    Console.Error.WriteLine(usage.Message);
    return 2;
}

using var cancel = new CancellationTokenSource();
AppDomain.CurrentDomain.ProcessExit += (_, _) => ChildServer.KillAll();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
{
    context.Cancel = true; // unwind through the finally blocks, which kill the servers
    cancel.Cancel();
});
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => ChildServer.KillAll());
using var hangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, _ => ChildServer.KillAll());

var paths = RepoPaths.Find();
var run = DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
var workDir = Path.Combine(Path.GetTempPath(), $"salesbot-bench-{run}");
Directory.CreateDirectory(workDir);
var results = new ResultSink(paths.ResultsFolder, run);
var board = new TargetBoard(results);
var clock = Stopwatch.StartNew();
Console.WriteLine($"SalesBot benchmark, run {run}: {results.Machine.Cores} cores, {results.Machine.Os}, {results.Machine.Runtime}");
Console.WriteLine($"  users {options.Users}, duration {options.DurationSeconds} s, warm-up {options.WarmupSeconds} s{(options.Quick ? ", quick" : "")}, " +
                  $"phases {string.Join(',', BenchOptions.AllPhases.Where(options.Phases.Contains))}, servers with {(options.ServerGc ? "Server" : "Workstation")} GC");
Console.WriteLine($"  work folder {workDir}");
Console.WriteLine();
var failed = false;
try
{
    if (!options.NoBuild && (options.Phases.Contains("load") || options.Phases.Contains("slack") || options.Phases.Contains("memory")))
    {
        await ReleaseBuild.RunAsync(paths, cancel.Token);
        Console.WriteLine();
    }

    if (options.Phases.Contains("load"))
    {
        await new LoadPhase(options, paths, workDir, results, board).RunAsync(cancel.Token);
    }

    if (options.Phases.Contains("slack"))
    {
        await new SlackAckPhase(options, paths, workDir, results, board).RunAsync(cancel.Token);
    }

    if (options.Phases.Contains("memory"))
    {
        await new MemoryPhase(options, paths, workDir, results, board).RunAsync(cancel.Token);
    }

    if (options.Phases.Contains("store"))
    {
        await new StorePhase(options, workDir, results, board).RunAsync(cancel.Token);
    }

    board.Print();
    Console.WriteLine($"Results: {results.FilePath} ({clock.Elapsed.TotalMinutes:F1} min)");
    return 0;
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    failed = true;
    Console.Error.WriteLine("Interrupted; servers stopped.");
    return 130;
}
catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or IOException or HttpRequestException)
{
    failed = true;
    Console.Error.WriteLine($"Benchmark failed: {ex.Message}");
    Console.Error.WriteLine($"Logs and databases kept in {workDir}");
    return 1;
}
finally
{
    ChildServer.KillAll();
    if (!failed)
    {
        Directory.Delete(workDir, recursive: true);
    }
}
