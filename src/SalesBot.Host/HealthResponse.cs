using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SalesBot.Host;

/// <summary>
/// How /health/ready answers: 200 "Healthy" when every check passes; otherwise 503 with the overall status and one line per
/// failing check giving its reason ("store: The store answers reads but refuses writes: ..."), so an operator sees why.
/// </summary>
internal static class HealthResponse
{
    public static HealthCheckOptions Ready => new()
    {
        Predicate = check => check.Tags.Contains("ready"),
        ResultStatusCodes =
        {
            [HealthStatus.Healthy] = StatusCodes.Status200OK,
            [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
            [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
        },
        ResponseWriter = WriteAsync,
    };

    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "text/plain; charset=utf-8";
        var lines = report.Entries
            .Where(entry => entry.Value.Status != HealthStatus.Healthy)
            .Select(entry => $"{entry.Key}: {entry.Value.Status}: {entry.Value.Description}");
        return http.Response.WriteAsync(string.Join("\n", [report.Status.ToString(), .. lines]));
    }
}
