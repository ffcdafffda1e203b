using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SalesBot.Host.Tests.Telemetry;

/// <summary>
/// An OpenTelemetry collector on 127.0.0.1 (real Kestrel) speaking OTLP/HTTP with protobuf bodies: it keeps every
/// export request of every signal (/v1/traces, /v1/metrics, /v1/logs) as the bytes that arrived and answers 200.
/// </summary>
internal sealed class OtlpCollector : IAsyncDisposable
{
    private readonly WebApplication _app;

    private OtlpCollector(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    /// <summary>The base address to configure as OTEL_EXPORTER_OTLP_ENDPOINT.</summary>
    public Uri Endpoint { get; }

    public ConcurrentQueue<(string Signal, string ContentType, byte[] Body)> Exports { get; } = new();

    public IReadOnlyList<OtlpSpan> Spans => Exports.Where(e => e.Signal == "traces").SelectMany(e => OtlpSpan.ReadExport(e.Body)).ToList();

    public static async Task<OtlpCollector> StartAsync()
    {
        OtlpCollector? collector = null;
        var (app, address) = await LoopbackApp.StartAsync(app => app.MapPost("/v1/{signal}", async (string signal, HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            collector!.Exports.Enqueue((signal, context.Request.ContentType ?? "", body.ToArray()));
            context.Response.ContentType = "application/x-protobuf";
        }));
        collector = new OtlpCollector(app, address);
        return collector;
    }

    public ValueTask DisposeAsync() => LoopbackApp.StopAsync(_app);
}
