using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace SalesBot.Http;

/// <summary>
/// The one place where SalesBot's outgoing HttpClients (Bot Connector, OpenID metadata, Slack Web API, the AI model)
/// get their resilience: Microsoft.Extensions.Http.Resilience's standard handler (rate limiter, total timeout, retry,
/// circuit breaker, attempt timeout), with a Retry-After honoured on the injected <see cref="TimeProvider"/> (as a
/// number of seconds or as a date) and at most <see cref="LongestRetryAfter"/>. Each client narrows what is retried.
/// </summary>
public static class OutboundResilience
{
    /// <summary>The longest Retry-After that is waited out; a longer one is cut to this.</summary>
    public static readonly TimeSpan LongestRetryAfter = TimeSpan.FromMinutes(2);

    /// <summary>The standard handler with SalesBot's defaults, then <paramref name="adjust"/> for what this client needs.</summary>
    public static IHttpStandardResiliencePipelineBuilder AddSalesBotResilience(
        this IHttpClientBuilder builder, Action<HttpStandardResilienceOptions, IServiceProvider>? adjust = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var pipeline = builder.AddStandardResilienceHandler();
        pipeline.Configure((options, services) =>
        {
            var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
            options.Retry.MaxRetryAttempts = 3;
            options.Retry.Delay = TimeSpan.FromMilliseconds(500);
            options.Retry.BackoffType = Polly.DelayBackoffType.Exponential;
            options.Retry.UseJitter = true;
            options.Retry.ShouldRetryAfterHeader = false; // read below, on the injected clock
            options.Retry.DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, time));
            options.TotalRequestTimeout.Timeout = LongestRetryAfter + TimeSpan.FromSeconds(30); // one longest Retry-After fits
            adjust?.Invoke(options, services);
        });
        return pipeline;
    }

    /// <summary>
    /// The wait a response asks for with Retry-After (seconds, or a date read against <paramref name="time"/>), never
    /// negative and at most <see cref="LongestRetryAfter"/>; null without the header (then the back-off applies).
    /// </summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var header = response?.Headers.RetryAfter;
        TimeSpan? wait = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : null);
        if (wait is not { } value)
        {
            return null;
        }

        return value < TimeSpan.Zero ? TimeSpan.Zero : value > LongestRetryAfter ? LongestRetryAfter : value;
    }

    /// <summary>True for a response with one of <paramref name="codes"/>.</summary>
    public static bool Is(HttpResponseMessage? response, params HttpStatusCode[] codes) =>
        response is not null && Array.IndexOf(codes, response.StatusCode) >= 0;
}
