using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Host.Cli;
using SalesBot.Host.Tests.Slack;

namespace SalesBot.Host.Tests.Deploy;

/// <summary>
/// The addresses the outside world is told about — the Azure Bot's messaging endpoint and health probe in the template,
/// the Slack manifest's request URLs, the Teams manifest's placeholders — are routes the running host really maps.
/// </summary>
public sealed partial class RouteAgreementTests : IAsyncLifetime
{
    private SlackHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await SlackHost.StartAsync(new Dictionary<string, string?>
        {
            // OAuth mode maps every Slack route, the install ones included.
            ["Slack:SigningSecret"] = SlackHost.SigningSecret,
            ["Slack:ClientId"] = "111.222",
            ["Slack:ClientSecret"] = "e2e-client-secret",
        });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private HashSet<string> Routes => _host.Services.GetRequiredService<EndpointDataSource>().Endpoints
        .OfType<RouteEndpoint>()
        .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => $"{m} {e.RoutePattern.RawText}"))
        .ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void TemplateMessagingEndpoint_IsThePostRouteTheHostMaps()
    {
        var endpoint = (string)ArmTemplate.Main.Resource("Microsoft.BotService/botServices")["properties"]!["endpoint"]!;
        var path = TemplateUrlPath().Match(endpoint).Groups["path"].Value;

        Assert.Equal("/api/messages", path);
        Assert.Contains($"POST {path}", Routes);
    }

    [Fact]
    public void TemplateHealthProbe_IsTheReadinessRoute()
    {
        var probe = (string)ArmTemplate.Main.Resource("Microsoft.Web/sites")["properties"]!["siteConfig"]!["healthCheckPath"]!;

        Assert.Contains(Routes, r => r.EndsWith(" " + probe, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("url", "POST")]
    [InlineData("request_url", "POST")]
    [InlineData("-", "GET")]
    public void SlackManifestUrls_AreRoutesTheHostMaps(string field, string method)
    {
        var manifest = Repository.Read("manifests", "slack", "manifest.yml");
        var urls = new Regex($@"^\s*{Regex.Escape(field)}:?\s+https://salesbot\.example\.com(?<path>/\S*)\s*$", RegexOptions.Multiline).Matches(manifest)
            .Select(m => m.Groups["path"].Value)
            .ToList();

        Assert.NotEmpty(urls);
        Assert.All(urls, path => Assert.Contains($"{method} {path}", Routes));
    }

    [Fact]
    public void SlackManifestUrls_AreOnlyTheSlackRoutes()
    {
        var manifest = Repository.Read("manifests", "slack", "manifest.yml");
        var paths = ManifestUrl().Matches(manifest).Select(m => m.Groups["path"].Value).ToHashSet();
        var slackRoutes = Routes.Select(r => r.Split(' ')[1]).Where(p => p.StartsWith("/api/slack/", StringComparison.Ordinal)).ToHashSet();

        // Everything the host maps under /api/slack/ except the install page users open themselves.
        slackRoutes.Remove("/api/slack/install");
        Assert.Equal(slackRoutes.Order(), paths.Order());
    }

    [Fact]
    public void TeamsManifest_UsesTheBotIdAndDomainPlaceholdersTheTeamsPackageFills()
    {
        var manifest = JsonNode.Parse(Repository.Read("manifests", "teams", "manifest.json"))!;

        Assert.Equal(TeamsPackage.BotIdPlaceholder, (string?)manifest["id"]);
        Assert.Equal(TeamsPackage.BotIdPlaceholder, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal([TeamsPackage.DomainPlaceholder], manifest["validDomains"]!.AsArray().Select(d => (string?)d));
        Assert.Contains("POST /api/messages", Routes);

        // The deployment guide fills both: the app id from the template's output, the domain the messaging endpoint is on.
        var guide = Repository.Read("deploymentTemplates", "README.md");
        Assert.Contains("teams-package --app-id <botAppId> --domain <appName>.azurewebsites.net", guide, StringComparison.Ordinal);
        Assert.Contains("botAppId", ArmTemplate.Main.Json["outputs"]!.AsObject().Select(o => o.Key));
    }

    [GeneratedRegex(@"'https://\{0\}(?<path>/[^']*)'")]
    private static partial Regex TemplateUrlPath();

    [GeneratedRegex(@"https://salesbot\.example\.com(?<path>/[^\s]*)")]
    private static partial Regex ManifestUrl();
}
