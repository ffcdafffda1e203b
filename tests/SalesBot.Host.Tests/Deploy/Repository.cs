namespace SalesBot.Host.Tests.Deploy;

/// <summary>Files of this repository, found from the test's output folder.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string Read(params string[] parts) => File.ReadAllText(PathOf(parts));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SalesBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SalesBot.sln not found above " + AppContext.BaseDirectory);
    }
}
