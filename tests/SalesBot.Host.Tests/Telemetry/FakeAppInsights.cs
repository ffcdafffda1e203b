using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SalesBot.Host.Tests.Telemetry;

/// <summary>
/// Application Insights' ingestion endpoint on 127.0.0.1 (real Kestrel): the Azure Monitor exporter posts its telemetry
/// to <c>{IngestionEndpoint}/v2.1/track</c> as newline-separated JSON envelopes (gzipped when it says so). It keeps every
/// body as it arrived and every envelope, and answers as the service does: all items accepted.
/// </summary>
internal sealed class FakeAppInsights : IAsyncDisposable
{
    public const string InstrumentationKey = "00000000-0000-4000-8000-0000000000a1";

    private readonly WebApplication _app;

    private FakeAppInsights(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    /// <summary>The connection string to configure as APPLICATIONINSIGHTS_CONNECTION_STRING.</summary>
    public string ConnectionString => $"InstrumentationKey={InstrumentationKey};IngestionEndpoint={Endpoint}";

    /// <summary>Every request body, decompressed: what left the process.</summary>
    public ConcurrentQueue<string> Bodies { get; } = new();

    public IReadOnlyList<JsonObject> Envelopes =>
        Bodies.SelectMany(body => body.Split('\n', StringSplitOptions.RemoveEmptyEntries)).Select(line => JsonNode.Parse(line)!.AsObject()).ToList();

    public static async Task<FakeAppInsights> StartAsync()
    {
        FakeAppInsights? fake = null;
        var (app, address) = await LoopbackApp.StartAsync(app => app.MapPost("/v2.1/track", async (HttpContext context) =>
        {
            Stream body = context.Request.Body;
            if (context.Request.Headers.ContentEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase))
            {
                body = new GZipStream(body, CompressionMode.Decompress);
            }

            using var reader = new StreamReader(body, Encoding.UTF8);
            var text = await reader.ReadToEndAsync(context.RequestAborted);
            fake!.Bodies.Enqueue(text);
            var count = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
            return Results.Json(new { itemsReceived = count, itemsAccepted = count, errors = Array.Empty<object>() });
        }));
        fake = new FakeAppInsights(app, new Uri(address, "/"));
        return fake;
    }

    public ValueTask DisposeAsync() => LoopbackApp.StopAsync(_app);
}
