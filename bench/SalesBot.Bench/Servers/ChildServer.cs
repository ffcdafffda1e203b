using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SalesBot.Bench.Servers;

/// <summary>
/// A server under test (<c>dotnet &lt;dll&gt;</c> or <c>node &lt;script&gt;</c>), run as a child process on a free loopback port. Its output goes straight to a log file
/// (through <c>sh -c 'exec ...'</c>, so the bench spends nothing on draining pipes and the pid is the server's own).
/// Every child is killed when the bench ends, fails, or gets SIGINT/SIGTERM/SIGHUP.
/// </summary>
internal sealed class ChildServer : IDisposable
{
    private static readonly ConcurrentDictionary<int, Process> Running = new();

    private readonly Process _process;

    private ChildServer(string name, ServerRuntime runtime, Process process, Uri baseAddress, string logPath)
    {
        Name = name;
        Runtime = runtime;
        _process = process;
        BaseAddress = baseAddress;
        LogPath = logPath;
    }

    public string Name { get; }

    /// <summary>What runs the server; only a .NET server has a tiered-compilation thread to watch during warm-up.</summary>
    public ServerRuntime Runtime { get; }

    public Uri BaseAddress { get; }

    public string LogPath { get; }

    public int Pid => _process.Id;

    public Uri MessagesUri => new(BaseAddress, "/api/messages");

    public TimeSpan CpuTime() => Read(ProcStats.CpuTime);

    public long Rss() => Read(ProcStats.Rss);

    /// <summary>CPU time of the .NET runtime's background JIT thread(s) (tier-1 recompilation), by thread id; none for a Node server.</summary>
    public Dictionary<int, TimeSpan> TieringJitCpu() => Read(pid => ProcStats.ThreadCpuTimes(pid, ".NET Tiered Com"));

    /// <summary>Reads /proc for the server, or says clearly that the server is gone (crashed, or killed by someone else).</summary>
    private T Read<T>(Func<int, T> read)
    {
        try
        {
            return read(Pid);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var how = _process.HasExited ? $"exited with code {_process.ExitCode}" : "cannot be read";
            throw new InvalidOperationException($"{Name} (pid {Pid}) {how} during the run; log {LogPath}:\n{Tail()}", ex);
        }
    }

    /// <summary>A .NET server: <c>dotnet &lt;dll&gt; --urls http://127.0.0.1:&lt;port&gt; [extraArgs]</c>, from the dll's folder, in Production.</summary>
    public static Task<ChildServer> StartAsync(
        string name, string dll, IEnumerable<string> extraArgs, string workDir, bool serverGc, CancellationToken cancellationToken)
    {
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} does not exist; build it with `dotnet build -c Release` (or drop --no-build).");
        }

        var environment = new Dictionary<string, string>
        {
            ["DOTNET_gcServer"] = serverGc ? "1" : "0",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        };
        return LaunchAsync(name, ServerRuntime.Dotnet, "dotnet", dll, extraArgs, environment, workDir, cancellationToken);
    }

    /// <summary>A Node.js server: <c>node &lt;script&gt; --urls http://127.0.0.1:&lt;port&gt; [extraArgs]</c>, from the script's folder, with NODE_ENV=production.</summary>
    public static Task<ChildServer> StartNodeAsync(
        string name, string script, IEnumerable<string> extraArgs, string workDir, CancellationToken cancellationToken)
    {
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"{script} does not exist.");
        }

        var environment = new Dictionary<string, string> { ["NODE_ENV"] = "production" };
        return LaunchAsync(name, ServerRuntime.Node, "node", script, extraArgs, environment, workDir, cancellationToken);
    }

    private static async Task<ChildServer> LaunchAsync(
        string name,
        ServerRuntime runtime,
        string program,
        string entryPoint,
        IEnumerable<string> extraArgs,
        Dictionary<string, string> environment,
        string workDir,
        CancellationToken cancellationToken)
    {
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var logPath = Path.Combine(workDir, $"{name.ToLowerInvariant().Replace(' ', '-')}-{port}.log");
        var start = new ProcessStartInfo("/bin/sh")
        {
            // The content root is the working folder: run from the build output (the peer: its own folder), as a deployed
            // app runs, so its appsettings.json (log levels!) applies. Only the log and the database go to the bench's work folder.
            WorkingDirectory = Path.GetDirectoryName(entryPoint)!,
            UseShellExecute = false,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec \"$@\" >\"$BENCH_CHILD_LOG\" 2>&1");
        start.ArgumentList.Add("sh");
        start.ArgumentList.Add(program);
        start.ArgumentList.Add(entryPoint);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        foreach (var arg in extraArgs)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["BENCH_CHILD_LOG"] = logPath;
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        // For profiling the servers only (not the bench): BENCH_SERVER_ENV="DOTNET_PerfMapEnabled=1;DOTNET_EnableWriteXorExecute=0"
        // (or NODE_OPTIONS=--perf-basic-prof for the Node peer).
        foreach (var pair in (Environment.GetEnvironmentVariable("BENCH_SERVER_ENV") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = pair.IndexOf('=', StringComparison.Ordinal) is > 0 and var eq ? (pair[..eq], pair[(eq + 1)..]) : (pair, "");
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {name}.");
        Running[process.Id] = process;
        var server = new ChildServer(name, runtime, process, baseAddress, logPath);
        try
        {
            await server.WaitReadyAsync(cancellationToken);
        }
        catch
        {
            server.Dispose();
            throw;
        }

        return server;
    }

    /// <summary>Kills every child still running; called from finally blocks, ProcessExit and signal handlers.</summary>
    public static void KillAll()
    {
        foreach (var (pid, process) in Running)
        {
            Kill(process);
            Running.TryRemove(pid, out _);
        }
    }

    public void Dispose()
    {
        Kill(_process);
        Running.TryRemove(_process.Id, out _);
        _process.Dispose();
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private async Task WaitReadyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var ready = new Uri(BaseAddress, "/health/ready");
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode} before it was ready; log {LogPath}:\n{Tail()}");
            }

            try
            {
                using var response = await http.GetAsync(ready, cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Slow start on a busy machine.
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"{Name} was not ready within 90 s; log {LogPath}:\n{Tail()}");
    }

    private string Tail()
    {
        try
        {
            return string.Join('\n', File.ReadLines(LogPath).TakeLast(30));
        }
        catch (IOException)
        {
            return "(no log)";
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
