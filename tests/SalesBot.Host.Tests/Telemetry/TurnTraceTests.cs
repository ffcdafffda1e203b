using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using SalesBot.Host.Tests.Teams;
using Xunit.Abstractions;

namespace SalesBot.Host.Tests.Telemetry;

/// <summary>
/// A real host run with OTEL_EXPORTER_OTLP_ENDPOINT pointing at a loopback OTLP/HTTP collector: a Teams turn arrives as
/// one trace (the request, the turn with its id, the dialog, the store, the Bot Connector calls), and nothing anyone
/// wrote is in any export (traces, metrics, logs).
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class TurnTraceTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Prospect = "Quintessa Bakehouse";
    private const string Answer = "Zephyrine ovens keep them awake at night";

    private FakeMicrosoftCloud _cloud = null!;
    private OtlpCollector _collector = null!;

    public async Task InitializeAsync()
    {
        _cloud = await FakeMicrosoftCloud.StartAsync();
        _collector = await OtlpCollector.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _collector.DisposeAsync();
        await _cloud.DisposeAsync();
    }

    [Fact]
    public async Task A_teams_turn_is_one_trace_from_the_request_through_turn_dialog_and_store_to_the_bot_connector_with_the_turn_id_and_no_message_text()
    {
        var server = TeamsServer.Start(_cloud, new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = _collector.Endpoint.ToString(),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["Logging:LogLevel:Default"] = "Information", // more logs, more places for text to leak into
        });
        var user = new TeamsUser(server, _cloud);
        await using (server)
        {
            using var first = await user.PostAsync(user.Message("qualify " + Prospect));
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            using var second = await user.PostAsync(user.Message(Answer));
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            Assert.Contains(_cloud.Posts, p => ((string?)p.Body["text"] ?? "").Contains(Prospect, StringComparison.Ordinal));

            // What the exporters hold goes out now, while the host (and its HttpClients) still runs.
            // (The meter provider reports false: its Prometheus reader has nothing to flush; the OTLP reader does.)
            Assert.True(server.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
            server.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000);
            Assert.True(server.Services.GetRequiredService<LoggerProvider>().ForceFlush(10_000));
        }

        var spans = _collector.Spans;
        var conversationPath = $"/v3/conversations/{Uri.EscapeDataString(user.ConversationId)}/activities";
        bool ToConversation(OtlpSpan s) => s.Kind == OtlpSpanKind.Client && s.Attributes.GetValueOrDefault("url.full", "").Contains(conversationPath, StringComparison.Ordinal);
        var connectorCall = spans.First(ToConversation);
        var trace = spans.Where(s => s.TraceId == connectorCall.TraceId).ToList();
        output.WriteLine(TraceTree.Draw(trace));

        // The fake Microsoft cloud runs in this process too: its own server spans join the trace. SalesBot's request is the one to /api/messages.
        var request = Assert.Single(trace, s => s.Kind == OtlpSpanKind.Server && s.Attributes.GetValueOrDefault("url.path") == "/api/messages");
        Assert.Equal("POST", request.Attributes["http.request.method"]);
        Assert.Equal("/api/messages", request.Attributes["http.route"]);
        var turn = Assert.Single(trace, s => s.Name == "turn");
        Assert.Equal("SalesBot.Dialogs", turn.Scope);
        Assert.Equal(request.SpanId, turn.ParentSpanId);
        Assert.Matches("^[0-9a-f]{16}$", turn.Attributes["salesbot.turn.id"]);
        Assert.Equal("msteams", turn.Attributes["salesbot.channel"]);
        Assert.Equal("completed", turn.Attributes["salesbot.turn.outcome"]);
        var dialog = Assert.Single(trace, s => s.Name == "dialog");
        Assert.Equal(turn.SpanId, dialog.ParentSpanId);
        var store = trace.Where(s => s.Scope == "SalesBot.Storage").ToList();
        Assert.Contains(store, s => s.Name == "store IsDelivered" && s.ParentSpanId == turn.SpanId);
        Assert.Single(store, s => s.Name == "store LoadTurnStart" && s.ParentSpanId == turn.SpanId);
        Assert.Single(store, s => s.Name == "store Commit" && s.ParentSpanId == turn.SpanId);
        // The turn's start read what the dialog needs: the dialog itself reads nothing.
        Assert.DoesNotContain(store, s => s.ParentSpanId == dialog.SpanId);
        Assert.All(store, s => Assert.Equal("sqlite", s.Attributes["db.system.name"]));
        Assert.Equal(turn.SpanId, connectorCall.ParentSpanId);
        Assert.Equal("POST", connectorCall.Attributes["http.request.method"]);

        // The second message is a trace of its own, with another turn id.
        var turns = spans.Where(s => s.Name == "turn" && spans.Any(c => c.TraceId == s.TraceId && ToConversation(c))).ToList();
        Assert.Equal(2, turns.Count);
        Assert.NotEqual(turns[0].TraceId, turns[1].TraceId);
        Assert.NotEqual(turns[0].Attributes["salesbot.turn.id"], turns[1].Attributes["salesbot.turn.id"]);

        // Nothing anyone wrote, in any signal: the bytes as exported, not only the fields read above.
        Assert.Contains(_collector.Exports, e => e.Signal == "logs");
        Assert.Contains(_collector.Exports, e => e.Signal == "metrics");
        Assert.All(_collector.Exports, e => Assert.Equal("application/x-protobuf", e.ContentType));
        foreach (var (signal, _, body) in _collector.Exports)
        {
            var text = Encoding.UTF8.GetString(body);
            foreach (var word in new[] { "Quintessa", "Bakehouse", "Zephyrine", "awake at night" })
            {
                Assert.False(text.Contains(word, StringComparison.OrdinalIgnoreCase), $"'{word}' is in a {signal} export.");
            }
        }
    }
}
