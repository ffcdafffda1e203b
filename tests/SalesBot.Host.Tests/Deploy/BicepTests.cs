using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;

namespace SalesBot.Host.Tests.Deploy;

/// <summary>main.json is main.bicep compiled by the Bicep CLI (from the NuGet package), and the linter has nothing to say.</summary>
public sealed class BicepTests
{
    private static readonly string Bicep = typeof(BicepTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "BicepPath").Value!.Replace('\\', '/');

    [Fact]
    public async Task CommittedJson_IsTheBicepSourceCompiled()
    {
        var (code, output, errors) = await RunAsync("build", Repository.PathOf("deploymentTemplates", "main.bicep"), "--stdout");

        Assert.True(code == 0, $"bicep build failed ({code}): {errors}");
        var compiled = JsonNode.Parse(output)!;
        var committed = JsonNode.Parse(Repository.Read("deploymentTemplates", "main.json"))!;
        Assert.True(JsonNode.DeepEquals(compiled, committed), "deploymentTemplates/main.json is out of date: run `bicep build deploymentTemplates/main.bicep` (see deploymentTemplates/README.md).");
    }

    [Fact]
    public async Task Linter_ReportsNothing()
    {
        var (code, output, errors) = await RunAsync("lint", Repository.PathOf("deploymentTemplates", "main.bicep"));

        Assert.True(code == 0, $"bicep lint failed ({code}): {output}{errors}");
        Assert.Equal("", (output + errors).Trim());
    }

    private static async Task<(int Code, string Output, string Errors)> RunAsync(params string[] arguments)
    {
        Assert.True(File.Exists(Bicep), $"The Bicep CLI from the Azure.Bicep.CommandLine package is missing at {Bicep}.");
        var start = new ProcessStartInfo(Bicep) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Offline: no check for a newer Bicep, no telemetry.
        start.Environment["BICEP_TRACING_ENABLED"] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }
}
