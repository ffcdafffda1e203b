using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SalesBot.Host.Tests.Slack;

/// <summary>
/// The far side of the Slack adapter on real Kestrel on 127.0.0.1: the Web API methods SalesBot calls (answering like Slack),
/// response_url and file-upload sinks, an OAuth authorize page, and Socket Mode WebSockets. Every call is recorded.
/// </summary>
public sealed class FakeSlack : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeSlackCall> _calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<JsonObject>> _scripted = new();
    private readonly Channel<FakeSlackSocket> _sockets = Channel.CreateUnbounded<FakeSlackSocket>();
    private readonly ConcurrentQueue<FakeSlackSocket> _allSockets = new();
    private int _ts;
    private int _socketCount;

    private FakeSlack(WebApplication app) => _app = app;

    /// <summary>The locale users.info returns per user id; en-US for users not listed.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, string> Locales { get; } = new();

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>What Slack:ApiBaseUrl is set to.</summary>
    public Uri ApiBaseUrl => new(BaseUrl, "api/");

    public IReadOnlyList<FakeSlackCall> Calls => _calls.ToArray();

    /// <summary>Every Web API answer waits this long (to show acknowledgements do not wait for Slack).</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>The next connections (by number, from 1) stop reading after hello: a silent drop.</summary>
    public ConcurrentDictionary<int, bool> SilentSockets { get; } = new();

    /// <summary>The clock that stamps <see cref="FakeSlackCall.At"/>: the host's fake clock once a host runs against this fake.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>What oauth.v2.access answers.</summary>
    public JsonObject OAuthAnswer { get; set; } = new() { ["ok"] = false, ["error"] = "invalid_code" };

    public static async Task<FakeSlack> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        WebApplication app;
        lock (SalesBotServer.StartLock)
        {
            app = builder.Build();
        }

        var slack = new FakeSlack(app);
        app.UseWebSockets();
        app.Map("/socket", slack.SocketAsync);
        app.MapPost("/api/{method}", slack.ApiAsync);
        app.MapPost("/upload/{id}", slack.UploadAsync);
        app.MapPost("/hooks/{id}", slack.HookAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        slack.BaseUrl = new Uri(address + "/");
        return slack;
    }

    /// <summary>The next call of <paramref name="method"/> gets HTTP 429 with this Retry-After.</summary>
    public void ScriptRateLimit(string method, int retryAfterSeconds) => Script(method, new JsonObject { ["retry_after"] = retryAfterSeconds });

    /// <summary>The next call of <paramref name="method"/> gets this answer instead of the default.</summary>
    public void Script(string method, JsonObject answer) => _scripted.GetOrAdd(method, _ => new()).Enqueue(answer);

    public IReadOnlyList<FakeSlackCall> Of(string method) => Calls.Where(c => c.Method == method).ToList();

    /// <summary>A response_url on this fake.</summary>
    public Uri ResponseUrl() => new(BaseUrl, $"hooks/{Guid.NewGuid():N}");

    public async Task<FakeSlackSocket> NextSocketAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        return await _sockets.Reader.ReadAsync(cts.Token);
    }

    /// <summary>Waits until a call matching <paramref name="match"/> was recorded.</summary>
    public async Task<FakeSlackCall> WaitForAsync(Func<FakeSlackCall, bool> match, string what, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (DateTime.UtcNow < until)
        {
            if (Calls.FirstOrDefault(match) is { } call)
            {
                return call;
            }

            await Task.Delay(20);
        }

        throw new Xunit.Sdk.XunitException($"The fake Slack never got {what}. Calls: {string.Join(", ", Calls.Select(c => c.Method))}");
    }

    private async Task<IResult> ApiAsync(HttpContext http, string method)
    {
        var body = await ReadBodyAsync(http.Request);
        var token = http.Request.Headers.Authorization.ToString() is { Length: > 7 } auth && auth.StartsWith("Bearer ", StringComparison.Ordinal) ? auth[7..] : null;
        string? ts = method is "chat.postMessage" or "chat.postEphemeral" ? Next() : null;
        _calls.Enqueue(new FakeSlackCall(method, token, body, ts, Clock.GetUtcNow()));
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay);
        }

        if (_scripted.TryGetValue(method, out var queue) && queue.TryDequeue(out var scripted))
        {
            if (scripted["retry_after"]?.GetValue<int>() is { } seconds)
            {
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return Results.Json(new JsonObject { ["ok"] = false, ["error"] = "ratelimited" }, statusCode: 429);
            }

            return Results.Json(scripted);
        }

        return Results.Json(Answer(method, body, ts));
    }

    private JsonObject Answer(string method, JsonObject body, string? ts)
    {
        var ok = new JsonObject { ["ok"] = true };
        switch (method)
        {
            case "chat.postMessage":
                ok["channel"] = body["channel"]?.DeepClone();
                ok["ts"] = ts;
                break;
            case "chat.postEphemeral":
                ok["message_ts"] = ts;
                break;
            case "chat.update":
                ok["channel"] = body["channel"]?.DeepClone();
                ok["ts"] = body["ts"]?.DeepClone();
                break;
            case "conversations.open":
                ok["channel"] = new JsonObject { ["id"] = DmOf(body["users"]!.GetValue<string>()) };
                break;
            case "users.info":
                var user = body["user"]!.GetValue<string>();
                ok["user"] = new JsonObject
                {
                    ["id"] = user, ["name"] = user.ToLowerInvariant(), ["real_name"] = "Pat " + user, ["tz"] = "Europe/Warsaw", ["locale"] = Locales.GetValueOrDefault(user, "en-US"),
                    ["profile"] = new JsonObject { ["display_name"] = "" },
                };
                break;
            case "views.publish" or "views.open":
                ok["view"] = new JsonObject { ["id"] = "V" + Next() };
                break;
            case "files.getUploadURLExternal":
                var id = "F" + Next().Replace(".", "", StringComparison.Ordinal);
                ok["upload_url"] = new Uri(BaseUrl, "upload/" + id).ToString();
                ok["file_id"] = id;
                break;
            case "apps.connections.open":
                ok["url"] = $"ws://{BaseUrl.Authority}/socket?n={Interlocked.Increment(ref _socketCount)}";
                break;
            case "oauth.v2.access":
                return OAuthAnswer.DeepClone().AsObject();
        }

        return ok;
    }

    /// <summary>The DM channel the fake opens between the bot and a user.</summary>
    public static string DmOf(string userId) => "D" + userId;

    private async Task<IResult> UploadAsync(HttpContext http, string id)
    {
        using var reader = new StreamReader(http.Request.Body);
        var content = await reader.ReadToEndAsync();
        _calls.Enqueue(new FakeSlackCall("upload", null, new JsonObject { ["file_id"] = id, ["content"] = content }, null, Clock.GetUtcNow()));
        return Results.Text($"OK - {content.Length}");
    }

    private async Task<IResult> HookAsync(HttpContext http, string id)
    {
        var body = await ReadBodyAsync(http.Request);
        body["hook"] = id;
        _calls.Enqueue(new FakeSlackCall("response_url", null, body, null, Clock.GetUtcNow()));
        return Results.Json(new JsonObject { ["ok"] = true });
    }

    private async Task SocketAsync(HttpContext http)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            http.Response.StatusCode = 400;
            return;
        }

        var number = int.Parse(http.Request.Query["n"].ToString(), CultureInfo.InvariantCulture);
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        var fake = new FakeSlackSocket(socket, number, SilentSockets.ContainsKey(number));
        _allSockets.Enqueue(fake);
        _sockets.Writer.TryWrite(fake);
        await fake.RunAsync(http.RequestAborted);
    }

    private static async Task<JsonObject> ReadBodyAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        if (request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) == true)
        {
            return JsonNode.Parse(text)!.AsObject();
        }

        var form = new JsonObject();
        foreach (var (name, value) in QueryHelpers.ParseQuery(text))
        {
            form[name] = value.ToString();
        }

        return form;
    }

    /// <summary>Moves the message timestamps on, so that messages of a fake started later never reuse an earlier fake's ts.</summary>
    public void SkipTimestamps(int count) => Interlocked.Add(ref _ts, count);

    private string Next() => $"1700000000.{Interlocked.Increment(ref _ts):D6}";

    public async ValueTask DisposeAsync()
    {
        foreach (var socket in _allSockets)
        {
            socket.Abort();
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
