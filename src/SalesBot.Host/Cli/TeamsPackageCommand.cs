namespace SalesBot.Host.Cli;

/// <summary><c>teams-package</c>: writes the Teams app package (manifest.json, color.png, outline.png) with the app id filled in.</summary>
internal static class TeamsPackageCommand
{
    public const string Verb = "teams-package";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        try
        {
            var options = TeamsPackageOptions.Parse(args);
            if (options.Help)
            {
                await console.Out.WriteLineAsync(TeamsPackageOptions.Usage);
                return ExitCodes.Ok;
            }

            var folder = ManifestFolder.Find(options.ManifestDirectory);
            var package = await TeamsPackage.BuildAsync(folder, options, cancellationToken);
            var output = Path.GetFullPath(options.OutputPath, ManifestFolder.RepositoryRoot(folder) ?? Directory.GetCurrentDirectory());
            await package.WriteZipAsync(output, cancellationToken);
            await console.Out.WriteLineAsync(
                $"Wrote {output}\n  {string.Join(", ", package.EntryNames)} for app {options.AppId} from {folder}\n" +
                "  Upload it in Teams: Apps > Manage your apps > Upload an app > Upload a custom app.");
            return ExitCodes.Ok;
        }
        catch (CliInputException ex)
        {
            await console.Error.WriteLineAsync($"teams-package: {ex.Message}\n{TeamsPackageOptions.Usage.Split('\n')[0]}\nSay teams-package --help for what each option means.");
            return ExitCodes.BadInput;
        }
        catch (IOException ex)
        {
            await console.Error.WriteLineAsync($"teams-package: {ex.Message}");
            return ExitCodes.Failed;
        }
        catch (UnauthorizedAccessException ex)
        {
            await console.Error.WriteLineAsync($"teams-package: {ex.Message}");
            return ExitCodes.Failed;
        }
    }
}
