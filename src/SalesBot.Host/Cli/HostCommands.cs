namespace SalesBot.Host.Cli;

/// <summary>
/// Verbs the host runs instead of the web server: <c>dotnet run --project src/SalesBot.Host -- teams-package --app-id GUID</c>.
/// Anything else (no arguments, <c>--urls ...</c>) is not a verb, and the server starts as usual.
/// </summary>
internal static class HostCommands
{
    private static readonly Dictionary<string, Func<IReadOnlyList<string>, CliConsole, CancellationToken, Task<int>>> Verbs =
        new(StringComparer.Ordinal)
        {
            [TeamsPackageCommand.Verb] = TeamsPackageCommand.RunAsync,
            [NudgesDueCommand.Verb] = NudgesDueCommand.RunAsync,
        };

    /// <summary>Runs the verb named by the first argument and sets the exit code; false when the arguments name no verb.</summary>
    public static async Task<bool> TryRunAsync(string[] args, CliConsole? console = null, CancellationToken cancellationToken = default)
    {
        if (args.Length == 0 || !Verbs.TryGetValue(args[0], out var verb))
        {
            return false;
        }

        Environment.ExitCode = await verb(args[1..], console ?? CliConsole.Standard, cancellationToken);
        return true;
    }
}
