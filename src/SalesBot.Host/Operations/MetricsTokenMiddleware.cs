using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace SalesBot.Host.Operations;

/// <summary>With Metrics:BearerToken set, /metrics needs "Authorization: Bearer &lt;token&gt;" (compared in constant time).</summary>
internal sealed class MetricsTokenMiddleware(RequestDelegate next, IOptions<MetricsOptions> options)
{
    private const string Scheme = "Bearer ";

    public Task InvokeAsync(HttpContext http)
    {
        var expected = options.Value.BearerToken;
        if (string.IsNullOrEmpty(expected) || Matches(http.Request.Headers.Authorization.ToString(), expected))
        {
            return next(http);
        }

        http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        http.Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }

    private static bool Matches(string header, string expected)
    {
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Hashing first makes the comparison constant-time whatever the lengths.
        var given = SHA256.HashData(Encoding.UTF8.GetBytes(header[Scheme.Length..].Trim()));
        var wanted = SHA256.HashData(Encoding.UTF8.GetBytes(expected));
        return CryptographicOperations.FixedTimeEquals(given, wanted);
    }
}
