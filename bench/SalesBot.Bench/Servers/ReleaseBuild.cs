using System.Diagnostics;

namespace SalesBot.Bench.Servers;

/// <summary>Builds SalesBot.Host and the floor in Release once at start, so the numbers are never from a stale or Debug build.</summary>
internal static class ReleaseBuild
{
    public static async Task RunAsync(RepoPaths paths, CancellationToken cancellationToken)
    {
        foreach (var project in new[] { paths.HostProject, paths.FloorProject })
        {
            var watch = Stopwatch.StartNew();
            Console.Write($"building {Path.GetFileNameWithoutExtension(project)} (Release)... ");
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = paths.Root,
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var arg in new[] { "build", project, "-c", "Release", "-nologo", "-v", "q", "-clp:ErrorsOnly" })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet build.");
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"dotnet build {project} -c Release failed ({process.ExitCode}):\n{await output}\n{await errors}");
            }

            Console.WriteLine($"{watch.Elapsed.TotalSeconds:F0} s");
        }
    }
}
