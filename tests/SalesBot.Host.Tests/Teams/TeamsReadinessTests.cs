using System.Net;
using SalesBot.Testing;

namespace SalesBot.Host.Tests.Teams;

/// <summary>With Teams configured, /health/ready also needs the Bot Framework signing keys: without them every Teams request is refused.</summary>
public sealed class TeamsReadinessTests
{
    [Fact]
    public async Task Readiness_IsHealthy_WhileTheBotFrameworkMetadataCanBeRead()
    {
        await using var cloud = await FakeMicrosoftCloud.StartAsync();
        await using var server = TeamsServer.Start(cloud);

        using var ready = await server.Client.GetAsync("health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readiness_Is503Degraded_NamingTheMetadata_WhenItCannotBeRead_WhileLivenessStaysUp()
    {
        var cloud = await FakeMicrosoftCloud.StartAsync();
        await using var server = TeamsServer.Start(cloud);
        var metadataUrl = cloud.BotFrameworkMetadataUrl;
        await cloud.DisposeAsync();

        // The metadata HttpClient's resilience handler retries with back-off on the server's clock before giving up.
        using var ready = await server.Clock.AdvanceUntilDoneAsync(server.Client.GetAsync("health/ready"), TimeSpan.FromMilliseconds(200));
        using var live = await server.Client.GetAsync("health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var text = await ready.Content.ReadAsStringAsync();
        Assert.StartsWith("Degraded\nteams: Degraded: The Bot Framework OpenID metadata (" + metadataUrl + ") cannot be read", text, StringComparison.Ordinal);
        Assert.DoesNotContain("store:", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
