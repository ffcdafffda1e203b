namespace SalesBot.Host.Cli;

/// <summary>Finds manifests/teams: the folder given, or the first manifests/teams above the current folder or the app's folder.</summary>
internal static class ManifestFolder
{
    public static readonly string RelativePath = Path.Combine("manifests", "teams");

    /// <summary>
    /// The repository holding a manifests/teams folder, or null for a folder elsewhere. Relative output paths start there,
    /// because <c>dotnet run --project src/SalesBot.Host</c> runs the host in the project's folder, not where it was typed.
    /// </summary>
    public static string? RepositoryRoot(string manifestFolder)
    {
        var teams = new DirectoryInfo(manifestFolder);
        return teams.Name == "teams" && teams.Parent is { Name: "manifests", Parent: { } root } ? root.FullName : null;
    }

    public static string Find(string? given)
    {
        if (given is not null)
        {
            var full = Path.GetFullPath(given);
            return File.Exists(Path.Combine(full, TeamsPackage.ManifestFile))
                ? full
                : throw new CliInputException($"--manifest-dir {full} has no {TeamsPackage.ManifestFile}.");
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, RelativePath);
                if (File.Exists(Path.Combine(candidate, TeamsPackage.ManifestFile)))
                {
                    return candidate;
                }
            }
        }

        throw new CliInputException(
            $"Found no {Path.Combine(RelativePath, TeamsPackage.ManifestFile)} above {Directory.GetCurrentDirectory()} or {AppContext.BaseDirectory}; pass --manifest-dir.");
    }
}
