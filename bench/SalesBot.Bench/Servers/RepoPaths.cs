namespace SalesBot.Bench.Servers;

/// <summary>Where the repository and the Release builds the bench launches are.</summary>
internal sealed record RepoPaths(string Root)
{
    public string HostProject => Path.Combine(Root, "src", "SalesBot.Host", "SalesBot.Host.csproj");

    public string HostDll => Path.Combine(Root, "src", "SalesBot.Host", "bin", "Release", "net10.0", "SalesBot.Host.dll");

    public string FloorProject => Path.Combine(Root, "bench", "SalesBot.Bench.Floor", "SalesBot.Bench.Floor.csproj");

    public string FloorDll => Path.Combine(Root, "bench", "SalesBot.Bench.Floor", "bin", "Release", "net10.0", "SalesBot.Bench.Floor.dll");

    /// <summary>The Bot Framework JS peer: a Node program with its package.json and package-lock.json.</summary>
    public string PeerFolder => Path.Combine(Root, "bench", "peer-botframework");

    public string PeerScript => Path.Combine(PeerFolder, "server.js");

    public string ResultsFolder => Path.Combine(Root, "bench", "results");

    /// <summary>The folder holding SalesBot.sln, searched upward from the working folder and then from the bench's own binaries.</summary>
    public static RepoPaths Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "SalesBot.sln")))
                {
                    return new RepoPaths(dir.FullName);
                }
            }
        }

        throw new InvalidOperationException("SalesBot.sln not found above the working folder or the bench binaries; run the bench from the repository.");
    }
}
