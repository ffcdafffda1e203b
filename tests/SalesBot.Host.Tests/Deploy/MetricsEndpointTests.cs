using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using SalesBot.Host.Tests.Slack;
using SalesBot.Host.Tests.Teams;

namespace SalesBot.Host.Tests.Deploy;

/// <summary>/metrics on the real host: turns, their latency and refused requests appear in Prometheus text.</summary>
public sealed partial class MetricsEndpointTests
{
    [Fact]
    public async Task Turn_IsCountedAndTimed_InPrometheusText()
    {
        await using var server = new SalesBotServer();
        server.Clock.AutoAdvanceAmount = TimeSpan.FromMilliseconds(1); // every read of the fake clock moves it, so a turn takes time
        var user = new ChatUser(server.Client, channelId: "metrics-e2e");

        await user.SendAsync("qualify Acme");
        await user.SendAsync("yes");
        var text = await ScrapeAsync(server.Client);

        Assert.Equal(2, Sample(text, "salesbot_turns_total", "channel=\"metrics-e2e\",outcome=\"completed\""));
        Assert.Equal(2, Sample(text, "salesbot_turn_duration_milliseconds_count", "channel=\"metrics-e2e\",outcome=\"completed\""));
        Assert.True(Sample(text, "salesbot_turn_duration_milliseconds_sum", "channel=\"metrics-e2e\",outcome=\"completed\"") > 0);
        Assert.Contains("# TYPE salesbot_turns_total counter", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE salesbot_turn_duration_milliseconds histogram", text, StringComparison.Ordinal);
        Assert.Contains("salesbot_turn_duration_milliseconds_bucket{", text, StringComparison.Ordinal);
        Assert.Null(SampleOrNull(text, "salesbot_auth_rejections_total", "channel=\"teams\""));
    }

    [Fact]
    public async Task ForgedTeamsToken_IsCountedAsAnAuthRejection_AndNoTurnRuns()
    {
        await using var cloud = await FakeMicrosoftCloud.StartAsync();
        await using var server = TeamsServer.Start(cloud);
        var user = new TeamsUser(server, cloud);

        using var forged = await user.PostAsync(user.Message("qualify Acme"), "Bearer " + TestTokens.Tamper(user.ValidToken()));
        using var missing = await user.PostAsync(user.Message("qualify Acme"), "");
        var text = await ScrapeAsync(server.Client);

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(2, Sample(text, "salesbot_auth_rejections_total", "channel=\"teams\",reason=\"unauthenticated\""));
        Assert.Null(SampleOrNull(text, "salesbot_turns_total", ""));
    }

    [Fact]
    public async Task BadSlackSignature_IsCountedAsAnAuthRejection_AndNoTurnRuns()
    {
        await using var host = await SlackHost.StartAsync(new Dictionary<string, string?> { ["Slack:SigningSecret"] = SlackHost.SigningSecret, ["Slack:BotToken"] = SlackHost.BotToken });

        using var response = await SlackUser.SignedPost(host, "/api/slack/commands", "command=%2Fsalesbot&text=deals&user_id=U1&team_id=T1", "application/x-www-form-urlencoded", secret: "not-the-signing-secret");
        var text = await ScrapeAsync(host.Client);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(1, Sample(text, "salesbot_auth_rejections_total", "channel=\"slack\",reason=\"mismatch\""));
        Assert.Null(SampleOrNull(text, "salesbot_turns_total", ""));
        Assert.Empty(host.Slack.Calls);
    }

    [Fact]
    public async Task WithABearerToken_MetricsAreRefusedWithoutIt_AndServedWithIt()
    {
        await using var server = SalesBotServer.With(new Dictionary<string, string?> { ["Metrics:BearerToken"] = "scrape-token-1234" });
        await new ChatUser(server.Client).SendAsync("help");

        using var none = await server.Client.GetAsync("metrics");
        using var wrong = await GetAsync(server.Client, "scrape-token-12345");
        using var right = await GetAsync(server.Client, "scrape-token-1234");

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.DoesNotContain("salesbot_", await none.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("salesbot_", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("salesbot_turns_total", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disabled_MetricsAreNotServed()
    {
        await using var server = SalesBotServer.With(new Dictionary<string, string?> { ["Metrics:Enabled"] = "false" });

        using var response = await server.Client.GetAsync("metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "metrics");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }

    private static async Task<string> ScrapeAsync(HttpClient client)
    {
        using var response = await client.GetAsync("metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    private static double Sample(string text, string name, string labels) =>
        SampleOrNull(text, name, labels) ?? throw new Xunit.Sdk.XunitException($"No {name} sample with {labels} in:\n{text}");

    /// <summary>The sum of the samples of <paramref name="name"/> whose labels contain <paramref name="labels"/>; null when there is none.</summary>
    private static double? SampleOrNull(string text, string name, string labels)
    {
        var values = SampleLine().Matches(text)
            .Where(m => m.Groups["name"].Value == name && m.Groups["labels"].Value.Contains(labels, StringComparison.Ordinal))
            .Select(m => double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture))
            .ToList();
        return values.Count == 0 ? null : values.Sum();
    }

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(?<labels>[^}]*)\})? (?<value>\S+)", RegexOptions.Multiline)]
    private static partial Regex SampleLine();
}
