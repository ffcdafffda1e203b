using System.Text.RegularExpressions;

namespace SalesBot.Host.Tests.Deploy;

/// <summary>The Dockerfile and the compose example, read as text (these machines cannot build images).</summary>
public sealed partial class ContainerTests
{
    private static readonly string[] Dockerfile = Repository.Read("Dockerfile").Split('\n');

    private static IEnumerable<string> Instructions(string keyword) =>
        Dockerfile.Where(line => line.StartsWith(keyword + " ", StringComparison.Ordinal)).Select(line => line[(keyword.Length + 1)..].Trim());

    /// <summary>The lines of the last stage: what the running image is.</summary>
    private static string[] RuntimeStage => Dockerfile[Array.FindLastIndex(Dockerfile, l => l.StartsWith("FROM ", StringComparison.Ordinal))..];

    [Fact]
    public void Build_IsMultiStage_SdkToBuild_AspNetRuntimeToRun()
    {
        var stages = Instructions("FROM").ToList();

        Assert.True(stages.Count >= 2, "The Dockerfile needs a build stage and a runtime stage.");
        Assert.StartsWith("mcr.microsoft.com/dotnet/sdk:10.0 AS ", stages[0], StringComparison.Ordinal);
        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:10.0", stages[^1], StringComparison.Ordinal);
        Assert.Contains(RuntimeStage, l => l.StartsWith("COPY --from=", StringComparison.Ordinal));
        Assert.Contains(Instructions("RUN"), r => r.Contains("dotnet publish src/SalesBot.Host/SalesBot.Host.csproj", StringComparison.Ordinal));
    }

    [Fact]
    public void Runtime_RunsAsANonRootUser()
    {
        var user = RuntimeStage.Where(l => l.StartsWith("USER ", StringComparison.Ordinal)).Select(l => l[5..].Trim()).LastOrDefault();

        Assert.NotNull(user);
        Assert.DoesNotContain(user, new[] { "root", "0", "0:0", "root:root" });
    }

    [Fact]
    public void ExposedPort_IsThePortTheHostListensOn()
    {
        var urls = UrlsSetting().Match(string.Join('\n', RuntimeStage));
        var exposed = RuntimeStage.Where(l => l.StartsWith("EXPOSE ", StringComparison.Ordinal)).Select(l => l[7..].Trim()).ToList();

        Assert.True(urls.Success, "The runtime stage must set Urls (appsettings.json listens on localhost:3978, unreachable from outside a container).");
        Assert.Equal([urls.Groups["port"].Value], exposed);
        Assert.Equal("http://+:8080", ArmTemplate.Main.AppSettings["Urls"]);
        Assert.Equal("8080", urls.Groups["port"].Value);
    }

    [Fact]
    public void Entrypoint_StartsTheHostAssembly()
    {
        var entrypoint = Assert.Single(RuntimeStage, l => l.StartsWith("ENTRYPOINT ", StringComparison.Ordinal));

        Assert.Equal($"ENTRYPOINT [\"dotnet\", \"{typeof(Program).Assembly.GetName().Name}.dll\"]", entrypoint.Trim());
    }

    [Fact]
    public void DockerIgnore_KeepsBuildOutputAndDatabasesOutOfTheContext()
    {
        var ignored = Repository.Read(".dockerignore").Split('\n').Select(l => l.Trim()).ToHashSet();

        Assert.Contains("**/bin/", ignored);
        Assert.Contains("**/obj/", ignored);
        Assert.Contains("**/*.db", ignored);
        Assert.DoesNotContain("src/", ignored);
    }

    [Fact]
    public void Compose_RunsTheImageWithPostgres_OnThePortItListensOn_WithoutSecretsInTheFile()
    {
        var compose = Repository.Read("deploymentTemplates", "compose", "compose.yaml");

        Assert.Contains("dockerfile: Dockerfile", compose, StringComparison.Ordinal);
        Assert.Contains("context: ../..", compose, StringComparison.Ordinal);
        Assert.Matches(@"image: postgres:\d+", compose);
        Assert.Contains("- \"8080:8080\"", compose, StringComparison.Ordinal);
        Assert.Contains("Storage__Provider: Postgres", compose, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__SalesBot: \"Host=postgres;", compose, StringComparison.Ordinal);
        Assert.Contains("/health/ready", compose, StringComparison.Ordinal);

        // Every password and secret comes from the environment (.env), never a literal.
        foreach (Match setting in SecretSetting().Matches(compose))
        {
            Assert.StartsWith("${", setting.Groups["value"].Value, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"Urls=http://\+:(?<port>\d+)")]
    private static partial Regex UrlsSetting();

    [GeneratedRegex(@"^\s+[A-Za-z_]*(?:PASSWORD|Password|Secret|Token)[A-Za-z_]*:\s*(?<value>\S+)", RegexOptions.Multiline)]
    private static partial Regex SecretSetting();
}
