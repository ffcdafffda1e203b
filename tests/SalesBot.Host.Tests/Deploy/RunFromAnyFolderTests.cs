using System.Net;
using SalesBot.Host.Tests.ScaleOut;

namespace SalesBot.Host.Tests.Deploy;

/// <summary><c>dotnet SalesBot.Host.dll</c> started from a folder that is not the build output still serves the local chat.</summary>
public sealed class RunFromAnyFolderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("salesbot-elsewhere-").FullName;

    [Fact]
    public async Task HostDll_StartedFromAnotherFolder_ServesTheChatPageAndItsAssets_FromTheAssembly()
    {
        Assert.False(File.Exists(Path.Combine(_folder, "appsettings.json")));
        Assert.False(Directory.Exists(Path.Combine(_folder, "wwwroot")));
        var settings = new Dictionary<string, string> { ["ConnectionStrings:SalesBot"] = $"Data Source={Path.Combine(_folder, "salesbot.db")}" };
        await using var host = await HostProcess.StartAsync("host elsewhere", settings, _folder);

        using var page = await host.Client.GetAsync("/");
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"GET / answered {(int)page.StatusCode}\n{host.Tail()}");
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var source = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "src", "SalesBot.Host", "wwwroot", "index.html"));
        Assert.Equal(source, html);

        foreach (var (asset, type) in new[] { ("chat.js", "text/javascript"), ("chat.css", "text/css"), ("favicon.svg", "image/svg+xml") })
        {
            using var response = await host.Client.GetAsync(asset);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        }

        using var missing = await host.Client.GetAsync("appsettings.json");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The instance may still hold the database file for a moment; the temp folder is cleaned by the OS.
        }
    }
}
