using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SalesBot.Host.Tests.ScaleOut;

/// <summary>
/// The Bot Connector as both instances see it (their users' serviceUrl): real Kestrel on 127.0.0.1 recording every
/// activity posted into a conversation — proactive nudges (POST /v3/conversations/{id}/activities) and replies.
/// </summary>
public sealed class NudgeInbox : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string ConversationId, string Body)> _posts = new();

    private NudgeInbox(WebApplication app) => _app = app;

    public Uri ServiceUrl { get; private set; } = null!;

    public IReadOnlyList<(string ConversationId, string Body)> Posts => _posts.ToArray();

    public static async Task<NudgeInbox> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var inbox = new NudgeInbox(app);
        app.MapPost("/v3/conversations/{conversationId}/activities", inbox.ReceiveAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", inbox.ReceiveAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        inbox.ServiceUrl = new Uri(address + "/");
        return inbox;
    }

    private async Task<IResult> ReceiveAsync(HttpContext http, string conversationId)
    {
        using var reader = new StreamReader(http.Request.Body);
        _posts.Enqueue((conversationId, await reader.ReadToEndAsync(http.RequestAborted)));
        return Results.Json(new { id = $"sent-{_posts.Count}" });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
