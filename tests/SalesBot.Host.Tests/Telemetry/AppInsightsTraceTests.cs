using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using SalesBot.Host.Tests.Teams;
using Xunit.Abstractions;

namespace SalesBot.Host.Tests.Telemetry;

/// <summary>
/// A real host with APPLICATIONINSIGHTS_CONNECTION_STRING set: the Azure Monitor distro sends a Teams turn to Application
/// Insights' ingestion API (here on loopback) as one operation: the request, the turn with its id, the store and the Bot
/// Connector call as dependencies, and no message text anywhere in what was sent.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class AppInsightsTraceTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Prospect = "Quintessa Bakehouse";

    private FakeMicrosoftCloud _cloud = null!;
    private FakeAppInsights _insights = null!;

    public async Task InitializeAsync()
    {
        // The exporter's own usage reports (statsbeat) would go to Microsoft's servers: off, as a deployment may choose too.
        Environment.SetEnvironmentVariable("APPLICATIONINSIGHTS_STATSBEAT_DISABLED", "true");
        _cloud = await FakeMicrosoftCloud.StartAsync();
        _insights = await FakeAppInsights.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _insights.DisposeAsync();
        await _cloud.DisposeAsync();
    }

    [Fact]
    public async Task A_teams_turn_reaches_application_insights_as_one_operation_with_the_turn_id_and_no_message_text()
    {
        var server = TeamsServer.Start(_cloud, new Dictionary<string, string?>
        {
            ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = _insights.ConnectionString,
            // The distro samples at most 5 traces a second by default; this test looks for one particular trace.
            ["AzureMonitor:TracesPerSecond"] = "10000",
            ["AzureMonitor:EnableLiveMetrics"] = "false",
        });
        var user = new TeamsUser(server, _cloud);
        await using (server)
        {
            using var reply = await user.PostAsync(user.Message("qualify " + Prospect));
            Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
            Assert.Contains(_cloud.Posts, p => ((string?)p.Body["text"] ?? "").Contains(Prospect, StringComparison.Ordinal));
            Assert.True(server.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
        }

        var envelopes = _insights.Envelopes;
        output.WriteLine(string.Join('\n', envelopes.Select(e => $"{e["name"]} {Data(e)?["name"]} op={Tags(e)["ai.operation.id"]}")));
        Assert.All(envelopes, e => Assert.Equal(FakeAppInsights.InstrumentationKey, (string?)e["iKey"]));
        var request = Assert.Single(envelopes, e => BaseType(e) == "RequestData" && ((string?)Data(e)?["name"] ?? "").Contains("/api/messages", StringComparison.Ordinal));
        var operation = (string?)Tags(request)["ai.operation.id"];
        Assert.Matches("^[0-9a-f]{32}$", operation);
        var inOperation = envelopes.Where(e => (string?)Tags(e)["ai.operation.id"] == operation).ToList();
        var turn = Assert.Single(inOperation, e => BaseType(e) == "RemoteDependencyData" && (string?)Data(e)?["name"] == "turn");
        Assert.Matches("^[0-9a-f]{16}$", (string?)Data(turn)?["properties"]?["salesbot.turn.id"]);
        Assert.Equal("msteams", (string?)Data(turn)?["properties"]?["salesbot.channel"]);
        Assert.Equal((string?)Data(request)?["id"], (string?)Tags(turn)["ai.operation.parentId"]);
        Assert.Contains(inOperation, e => BaseType(e) == "RemoteDependencyData" && (string?)Data(e)?["name"] == "store Commit");
        Assert.Contains(inOperation, e => BaseType(e) == "RemoteDependencyData" && ((string?)Data(e)?["target"] ?? "").Contains(FakeMicrosoftCloud.ConnectorHost, StringComparison.Ordinal));

        foreach (var body in _insights.Bodies)
        {
            Assert.DoesNotContain("Quintessa", body, StringComparison.Ordinal);
        }
    }

    private static JsonNode? Data(JsonObject envelope) => envelope["data"]?["baseData"];

    private static string? BaseType(JsonObject envelope) => (string?)envelope["data"]?["baseType"];

    private static JsonObject Tags(JsonObject envelope) => envelope["tags"]?.AsObject() ?? [];
}
