using System.Net;
using Microsoft.Extensions.Logging;
using SalesBot.Http;

namespace SalesBot.Slack.WebApi;

/// <summary>
/// Below the resilience handler, so it runs for every attempt: waits while <see cref="SlackRateGate"/> holds the
/// method back for this token, and on a 429 holds it back for the Retry-After (one second when absent), so that
/// concurrent work does not hammer a limited method. Waits on the injected clock; never sees or logs the token itself.
/// </summary>
internal sealed partial class SlackRateGateHandler(SlackRateGate gate, TimeProvider time, ILogger<SlackRateGateHandler> logger) : DelegatingHandler
{
    /// <summary>How long a 429 without Retry-After holds the method back.</summary>
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(1);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var method = SlackCall.MethodOf(request) ?? "unknown";
        var tokenKey = TokenKey.Of(request.Headers.Authorization?.Parameter);
        var wait = gate.WaitFor(method, tokenKey);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var retryAfter = RetryAfter(response, time);
            gate.Block(method, tokenKey, retryAfter);
            Log.RateLimited(logger, method, retryAfter.TotalSeconds);
        }

        return response;
    }

    /// <summary>The wait Slack asks for with a 429: Retry-After, one second when absent, at most two minutes.</summary>
    public static TimeSpan RetryAfter(HttpResponseMessage response, TimeProvider time) =>
        OutboundResilience.RetryAfter(response, time) ?? DefaultRetryAfter;

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Slack rate-limited {Method}; waiting {Seconds} s as Retry-After asks")]
        public static partial void RateLimited(ILogger logger, string method, double seconds);
    }
}
