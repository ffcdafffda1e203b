using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SalesBot.Bench.Slack;

/// <summary>
/// The far side of SalesBot's Slack client, in the bench process on 127.0.0.1 (real Kestrel, the real Web API shapes):
/// <c>conversations.open</c> opens DM <c>D&lt;user&gt;</c>, <c>users.info</c> describes the user, <c>chat.postMessage</c>
/// answers ok with a ts, and any other method answers <c>{"ok":true}</c>. It counts the messages posted to each DM, so the
/// bench knows when the work behind a slash command is done; response_url posts land on <c>/hooks/*</c>.
/// </summary>
internal sealed class FakeSlackApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, DmLog> _dms = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _calls = new(StringComparer.Ordinal);
    private long _ts;

    private FakeSlackApi(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>What Slack:ApiBaseUrl is set to.</summary>
    public Uri ApiBaseUrl => new(BaseUrl, "api/");

    /// <summary>A response_url on this fake.</summary>
    public Uri ResponseUrl(string id) => new(BaseUrl, $"hooks/{id}");

    public IReadOnlyDictionary<string, long> Calls => _calls;

    public static string DmOf(string userId) => "D" + userId;

    public static async Task<FakeSlackApi> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var slack = new FakeSlackApi(app);
        app.MapPost("/api/{method}", slack.ApiAsync);
        app.MapPost("/hooks/{id}", () => Results.Json(new JsonObject { ["ok"] = true }));
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        slack.BaseUrl = new Uri(address + "/");
        return slack;
    }

    /// <summary>The messages posted to the user's DM so far, and a way to wait for more.</summary>
    public DmLog Dm(string userId) => _dms.GetOrAdd(DmOf(userId), _ => new DmLog());

    public void Forget(string userId) => _dms.TryRemove(DmOf(userId), out _);

    private async Task<IResult> ApiAsync(HttpContext http, string method, CancellationToken cancellationToken)
    {
        var body = await ReadBodyAsync(http.Request, cancellationToken);
        _calls.AddOrUpdate(method, 1, (_, n) => n + 1);
        var ok = new JsonObject { ["ok"] = true };
        switch (method)
        {
            case "conversations.open":
                ok["channel"] = new JsonObject { ["id"] = DmOf(body["users"]?.GetValue<string>() ?? "") };
                break;
            case "users.info":
                var user = body["user"]?.GetValue<string>() ?? "";
                ok["user"] = new JsonObject
                {
                    ["id"] = user, ["name"] = user.ToLowerInvariant(), ["real_name"] = "Bench " + user, ["tz"] = "Europe/Warsaw", ["locale"] = "en-US",
                    ["profile"] = new JsonObject { ["display_name"] = "" },
                };
                break;
            case "chat.postMessage":
                var channel = body["channel"]?.GetValue<string>() ?? "";
                var ts = $"1700000000.{Interlocked.Increment(ref _ts):D6}";
                ok["channel"] = channel;
                ok["ts"] = ts;
                _dms.GetOrAdd(channel, _ => new DmLog()).Posted(body["text"]?.GetValue<string>() ?? "");
                break;
            case "chat.update":
                ok["channel"] = body["channel"]?.DeepClone();
                ok["ts"] = body["ts"]?.DeepClone();
                break;
            case "chat.postEphemeral":
                ok["message_ts"] = $"1700000000.{Interlocked.Increment(ref _ts):D6}";
                break;
        }

        return Results.Json(ok);
    }

    private static async Task<JsonObject> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(cancellationToken);
        if (request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) == true)
        {
            return JsonNode.Parse(text) as JsonObject ?? [];
        }

        var form = new JsonObject();
        foreach (var (name, value) in QueryHelpers.ParseQuery(text))
        {
            form[name] = value.ToString();
        }

        return form;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
