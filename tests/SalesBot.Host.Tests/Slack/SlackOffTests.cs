using System.Net;

namespace SalesBot.Host.Tests.Slack;

/// <summary>With no Slack setting the host runs as before: the Slack paths do not exist.</summary>
public sealed class SlackOffTests(SalesBotServer server) : IClassFixture<SalesBotServer>
{
    [Theory]
    [InlineData("api/slack/commands")]
    [InlineData("api/slack/events")]
    [InlineData("api/slack/interactions")]
    public async Task WithoutSlackSettings_SlackEndpointsAnswer404(string path)
    {
        using var response = await server.Client.PostAsync(path, new StringContent("ssl_check=1"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task WithoutSlackSettings_TheInstallPageIsNotThere_AndTheHostIsHealthy()
    {
        using var install = await server.Client.GetAsync("api/slack/install");
        using var ready = await server.Client.GetAsync("health/ready");

        Assert.Equal(HttpStatusCode.NotFound, install.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }
}
