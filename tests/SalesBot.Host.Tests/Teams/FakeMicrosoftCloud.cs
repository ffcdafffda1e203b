using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SalesBot.Host.Tests.Teams;

/// <summary>
/// The far side of Teams on loopback, over HTTPS with a test certificate: the Bot Framework and Entra OpenID metadata
/// and keys (login.test), the token endpoint, and the Bot Connector REST API (connector.test). Records every call.
/// </summary>
internal sealed class FakeMicrosoftCloud : IAsyncDisposable
{
    public const string LoginHost = "login.test";
    public const string ConnectorHost = "connector.test";
    public const string Tenant = "7f0c0000-0000-4000-8000-000000000001";
    public const string IssuedToken = "bot-token-from-fake-entra";

    // RSA key generation is slow on a busy machine: one certificate and one set of keys serve every test.
    private static readonly X509Certificate2 SharedCertificate = TestCertificate.Create(LoginHost, ConnectorHost);
    private static readonly SigningKey SharedTeamsKey = new("bf-key-teams", "msteams", "webchat");
    private static readonly SigningKey SharedWebChatOnlyKey = new("bf-key-webchat", "webchat");
    private static readonly SigningKey SharedEntraKey = new("entra-key");
    private static readonly SigningKey SharedUnknownKey = new("not-published", "msteams");

    private readonly WebApplication _app;
    private int _activityIds;

    private FakeMicrosoftCloud(WebApplication app) => _app = app;

    public X509Certificate2 Certificate => SharedCertificate;

    public int Port { get; private set; }

    public SigningKey TeamsKey => SharedTeamsKey;

    public SigningKey WebChatOnlyKey => SharedWebChatOnlyKey;

    public SigningKey EntraKey => SharedEntraKey;

    /// <summary>A key the metadata never publishes.</summary>
    public SigningKey UnknownKey => SharedUnknownKey;

    public bool MetadataDown { get; set; }

    public ConcurrentQueue<string> TokenRequests { get; } = new();

    public ConcurrentQueue<ConnectorCall> ConnectorCalls { get; } = new();

    /// <summary>Status codes the connector answers before it starts answering 200 (e.g. 429 to test retries).</summary>
    public ConcurrentQueue<(HttpStatusCode Status, string? RetryAfter)> ConnectorFailures { get; } = new();

    public string ServiceUrl => $"https://{ConnectorHost}:{Port}/teams/";

    public string BotFrameworkMetadataUrl => $"https://{LoginHost}:{Port}/botframework/v1/.well-known/openidconfiguration";

    public string EntraMetadataUrl => $"https://{LoginHost}:{Port}/{{tenant}}/v2.0/.well-known/openid-configuration";

    public string LoginInstance => $"https://{LoginHost}:{Port}/";

    public static async Task<FakeMicrosoftCloud> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(SharedCertificate)));
        var app = builder.Build();
        var cloud = new FakeMicrosoftCloud(app);
        cloud.Map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        cloud.Port = new Uri(address).Port;
        return cloud;
    }

    /// <summary>Messages posted to conversations (typing indicators left out).</summary>
    public IEnumerable<ConnectorCall> Posts => ConnectorCalls.Where(c =>
        c.Method == "POST" && c.Path.Contains("/activities", StringComparison.Ordinal) && (string?)c.Body["type"] == "message");

    private void Map(WebApplication app)
    {
        app.MapGet("/botframework/v1/.well-known/openidconfiguration", () => Metadata("https://api.botframework.com", "botframework/keys"));
        app.MapGet("/botframework/keys", () => Keys(TeamsKey, WebChatOnlyKey));
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) =>
            Metadata($"https://login.microsoftonline.com/{tenant}/v2.0", "entra/keys"));
        app.MapGet("/entra/keys", () => Keys(EntraKey));
        app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpContext http, string tenant) =>
        {
            var form = await http.Request.ReadFormAsync();
            TokenRequests.Enqueue($"{tenant} {form["grant_type"]} {form["scope"]} {form["client_id"]}");
            return Results.Json(new { token_type = "Bearer", expires_in = 3600, access_token = IssuedToken });
        });
        app.MapMethods("/teams/v3/conversations/{**rest}", ["POST", "PUT"], (Delegate)RecordConnectorCall);
        app.MapPost("/teams/v3/conversations", (Delegate)RecordConnectorCall);
    }

    private IResult Metadata(string issuer, string keysPath) => MetadataDown
        ? Results.StatusCode(500)
        : Results.Json(new JsonObject
        {
            ["issuer"] = issuer,
            ["jwks_uri"] = $"https://{LoginHost}:{Port}/{keysPath}",
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        });

    private IResult Keys(params SigningKey[] keys) => MetadataDown
        ? Results.StatusCode(500)
        : Results.Json(new JsonObject { ["keys"] = new JsonArray(keys.Select(k => (JsonNode)k.ToJwk()).ToArray()) });

    private async Task<IResult> RecordConnectorCall(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync();
        var id = $"activity-{Interlocked.Increment(ref _activityIds)}";
        ConnectorCalls.Enqueue(new ConnectorCall(http.Request.Method, http.Request.Path, http.Request.Headers.Authorization.ToString(), JsonNode.Parse(body)!, id));
        if (ConnectorFailures.TryDequeue(out var failure))
        {
            if (failure.RetryAfter is not null)
            {
                http.Response.Headers.RetryAfter = failure.RetryAfter;
            }

            return Results.StatusCode((int)failure.Status);
        }

        return Results.Json(new { id = http.Request.Path.Value!.EndsWith("/conversations", StringComparison.Ordinal) ? "a:created-1on1" : id });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
