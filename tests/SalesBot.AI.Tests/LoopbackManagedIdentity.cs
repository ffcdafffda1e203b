using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SalesBot.AI.Tests;

/// <summary>
/// An App Service managed-identity endpoint on 127.0.0.1 (real Kestrel), announced the way App Service does it:
/// IDENTITY_ENDPOINT and IDENTITY_HEADER in the environment. Azure.Identity's real credential code finds it and asks
/// it for tokens; it issues a fresh random token per request and remembers what it issued, for whom. A client id
/// starting with "refused" gets HTTP 400, as an identity not assigned to the app would. One per test process, as the
/// environment is.
/// </summary>
internal sealed class LoopbackManagedIdentity
{
    public const string Secret = "loopback-identity-header-7f3a";

    private static readonly Lazy<Task<LoopbackManagedIdentity>> Shared = new(StartAsync);

    public static Task<LoopbackManagedIdentity> Instance => Shared.Value;

    public ConcurrentQueue<TokenRequest> Requests { get; } = new();

    private static async Task<LoopbackManagedIdentity> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var identity = new LoopbackManagedIdentity();
        app.MapGet("/msi/token", (HttpContext context) =>
        {
            var query = context.Request.Query;
            var clientId = query["client_id"].ToString();
            var request = new TokenRequest(
                query["api-version"].ToString(), query["resource"].ToString(), clientId,
                context.Request.Headers["X-IDENTITY-HEADER"].ToString(), clientId.StartsWith("refused", StringComparison.Ordinal) ? null : "mi-" + Guid.NewGuid().ToString("N"));
            identity.Requests.Enqueue(request);
            if (request.Header != Secret || request.IssuedToken is null)
            {
                return Results.Json(new JsonObject { ["error"] = "invalid_request", ["error_description"] = "Identity not found" }, statusCode: 400);
            }

            return Results.Json(new JsonObject
            {
                ["access_token"] = request.IssuedToken,
                ["expires_on"] = TimeProvider.System.GetUtcNow().AddHours(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["resource"] = request.Resource,
                ["token_type"] = "Bearer",
                ["client_id"] = clientId,
            });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", address.TrimEnd('/') + "/msi/token");
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", Secret);
        return identity;
    }

    /// <summary>One token request as it arrived, and the token issued for it (null when refused).</summary>
    public sealed record TokenRequest(string ApiVersion, string Resource, string ClientId, string Header, string? IssuedToken);
}
