using SalesBot.Host.Cli;

namespace SalesBot.Host.Tests.Deploy;

/// <summary>The Teams app package carries the localization files its manifest names, next to the manifest.</summary>
public sealed class TeamsPackageLocalizationTests
{
    [Fact]
    public async Task The_package_holds_the_russian_and_polish_files_the_manifest_names()
    {
        var options = new TeamsPackageOptions(Guid.NewGuid(), "out.zip", null, "salesbot.example.com", null, false);
        var package = await TeamsPackage.BuildAsync(Repository.PathOf("manifests", "teams"), options, CancellationToken.None);

        Assert.Contains("ru.json", package.EntryNames);
        Assert.Contains("pl.json", package.EntryNames);
        Assert.Contains(TeamsPackage.ManifestFile, package.EntryNames);
    }
}
