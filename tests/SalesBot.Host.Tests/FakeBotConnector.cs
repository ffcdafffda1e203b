using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SalesBot.Host.Tests;

/// <summary>
/// The far side of normal delivery: a tiny Bot Connector on real Kestrel on 127.0.0.1 that records every
/// POST /v3/conversations/{conversationId}/activities/{activityId} and answers like the real one, with a ResourceResponse.
/// </summary>
public sealed class FakeBotConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ConnectorPost> _posts = new();

    private FakeBotConnector(WebApplication app) => _app = app;

    /// <summary>The serviceUrl to put on activities, e.g. http://127.0.0.1:41235/.</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    public IReadOnlyList<ConnectorPost> Posts => _posts.ToArray();

    public static async Task<FakeBotConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var connector = new FakeBotConnector(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", connector.ReceiveAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        connector.ServiceUrl = new Uri(address + "/");
        return connector;
    }

    private async Task<IResult> ReceiveAsync(HttpContext http, string conversationId, string activityId)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync(http.RequestAborted);
        _posts.Enqueue(new ConnectorPost(
            http.Request.Path.Value!,
            conversationId,
            activityId,
            http.Request.ContentType,
            JsonDocument.Parse(body).RootElement.Clone()));
        return Results.Json(new { id = $"sent-{_posts.Count}" });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One activity the bot sent to the connector: the path (decoded), its route values, and the JSON body.</summary>
public sealed record ConnectorPost(string Path, string ConversationId, string ActivityId, string? ContentType, JsonElement Activity);
