using System.ComponentModel;
using System.Diagnostics;

namespace SalesBot.Bench.Servers;

/// <summary>
/// Gets the Bot Framework JS peer (<c>bench/peer-botframework</c>) ready to start: node and npm on the PATH, and its
/// packages installed exactly as the committed package-lock.json pins them (<c>npm ci</c>, only when node_modules is
/// missing). The peer is optional: when it cannot run, the load phase says why and measures the others.
/// </summary>
internal static class BotFrameworkPeer
{
    /// <summary>Returns why the peer cannot run, or null when it can.</summary>
    public static async Task<string?> PrepareAsync(RepoPaths paths, CancellationToken cancellationToken)
    {
        var node = await RunAsync("node", ["--version"], paths.PeerFolder, TimeSpan.FromSeconds(30), cancellationToken);
        if (node.ExitCode != 0)
        {
            return $"node is not available ({node.Output.Trim()}); install Node.js 18 or later to compare with the Bot Framework JS SDK";
        }

        if (Installed(paths))
        {
            return null;
        }

        var npm = await RunAsync("npm", ["--version"], paths.PeerFolder, TimeSpan.FromSeconds(30), cancellationToken);
        if (npm.ExitCode != 0)
        {
            return $"npm is not available ({npm.Output.Trim()}) and {Path.Combine(paths.PeerFolder, "node_modules")} is missing";
        }

        Console.Write($"installing the Bot Framework JS peer's packages (npm ci in {Path.GetRelativePath(paths.Root, paths.PeerFolder)}, node {node.Output.Trim()}, npm {npm.Output.Trim()})... ");
        var watch = Stopwatch.StartNew();
        var install = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], paths.PeerFolder, TimeSpan.FromMinutes(10), cancellationToken);
        if (install.ExitCode != 0 || !Installed(paths))
        {
            Console.WriteLine("failed");
            var tail = string.Join('\n', install.Output.Split('\n').TakeLast(15));
            return $"npm ci failed (exit code {install.ExitCode}):\n{tail}";
        }

        Console.WriteLine($"{watch.Elapsed.TotalSeconds:F0} s");
        return null;
    }

    private static bool Installed(RepoPaths paths) =>
        new[] { "botbuilder", "botbuilder-dialogs" }.All(package => File.Exists(Path.Combine(paths.PeerFolder, "node_modules", package, "package.json")));

    /// <summary>Runs a command to its end (or the timeout) and returns its exit code and output; -1 and the reason when it cannot start.</summary>
    private static async Task<(int ExitCode, string Output)> RunAsync(
        string program, IReadOnlyList<string> args, string workingDirectory, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception($"could not start {program}");
        }
        catch (Win32Exception ex)
        {
            return (-1, $"{program}: {ex.Message}");
        }

        using (process)
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(timeout);
            var output = process.StandardOutput.ReadToEndAsync(deadline.Token);
            var errors = process.StandardError.ReadToEndAsync(deadline.Token);
            try
            {
                await process.WaitForExitAsync(deadline.Token);
                return (process.ExitCode, await output + await errors);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                return (-1, $"{program} {string.Join(' ', args)} did not finish within {timeout.TotalSeconds:F0} s");
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
        }
    }
}
