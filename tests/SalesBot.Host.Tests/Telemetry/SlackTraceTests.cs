using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using SalesBot.Host.Tests.Slack;
using Xunit.Abstractions;

namespace SalesBot.Host.Tests.Telemetry;

/// <summary>
/// Slack work is done after the ack, from the inbox: its trace still starts at the acknowledged request, and runs through
/// the "slack job", the turn and its store calls to the Web API calls, with ids only.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class SlackTraceTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Prospect = "Quintessa Bakehouse";

    private OtlpCollector _collector = null!;

    public async Task InitializeAsync() => _collector = await OtlpCollector.StartAsync();

    public Task DisposeAsync() => _collector.DisposeAsync().AsTask();

    [Fact]
    public async Task A_slash_command_run_later_from_the_inbox_is_one_trace_from_the_acknowledged_request_to_the_web_api_call()
    {
        await using var host = await SlackHost.StartAsync(new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SlackHost.SigningSecret,
            ["Slack:BotToken"] = SlackHost.BotToken,
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = _collector.Endpoint.ToString(),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        });
        var user = host.User();
        using (var ack = await user.CommandAsync("qualify " + Prospect))
        {
            Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        }

        await host.IdleAsync();
        Assert.Contains(host.Slack.Of("chat.postMessage"), p => p.AllText.Contains(Prospect, StringComparison.Ordinal));
        Assert.True(host.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));

        var spans = _collector.Spans;
        var request = Assert.Single(spans, s => s.Kind == OtlpSpanKind.Server && s.Attributes.GetValueOrDefault("url.path") == "/api/slack/commands");
        var trace = spans.Where(s => s.TraceId == request.TraceId).ToList();
        output.WriteLine(TraceTree.Draw(trace));

        var job = Assert.Single(trace, s => s.Name == "slack job");
        Assert.Equal(OtlpSpanKind.Consumer, job.Kind);
        Assert.Equal("SalesBot.Slack", job.Scope);
        Assert.Equal(request.SpanId, job.ParentSpanId);
        Assert.Equal("TurnJob", job.Attributes["salesbot.slack.job"]);
        Assert.Equal("1", job.Attributes["salesbot.inbox.attempt"]);
        var turn = Assert.Single(trace, s => s.Name == "turn");
        Assert.Equal(job.SpanId, turn.ParentSpanId);
        Assert.Equal("slack", turn.Attributes["salesbot.channel"]);
        Assert.Contains(trace, s => s.Name == "store Commit" && s.ParentSpanId == turn.SpanId);
        var posts = trace.Where(s => s.Kind == OtlpSpanKind.Client && s.Attributes.GetValueOrDefault("url.full", "").EndsWith("/api/chat.postMessage", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(posts);
        Assert.All(posts, p => Assert.True(IsUnder(p, turn, trace), "a chat.postMessage call outside the turn"));

        // The inbox write before the ack belongs to the request, not to a trace of its own.
        Assert.DoesNotContain(spans, s => s.Name == "slack job" && s.TraceId != request.TraceId);
        foreach (var (signal, _, body) in _collector.Exports)
        {
            Assert.False(Encoding.UTF8.GetString(body).Contains("Quintessa", StringComparison.Ordinal), $"The prospect is in a {signal} export.");
        }
    }

    private static bool IsUnder(OtlpSpan span, OtlpSpan ancestor, IReadOnlyList<OtlpSpan> trace)
    {
        for (var current = span; current is not null; current = trace.FirstOrDefault(s => s.SpanId == current.ParentSpanId))
        {
            if (current.ParentSpanId == ancestor.SpanId)
            {
                return true;
            }
        }

        return false;
    }
}
