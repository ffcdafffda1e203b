using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

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
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        OtlpCollector? collector = null;
        app.MapPost("/v1/{signal}", async (string signal, HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            collector!.Exports.Enqueue((signal, context.Request.ContentType ?? "", body.ToArray()));
            context.Response.ContentType = "application/x-protobuf";
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        collector = new OtlpCollector(app, new Uri(address));
        return collector;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
