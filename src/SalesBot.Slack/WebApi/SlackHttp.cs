using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using SalesBot.Http;

namespace SalesBot.Slack.WebApi;

/// <summary>
/// The Slack HttpClient: the standard resilience handler (<see cref="OutboundResilience"/>) with Slack's budgets — a 429
/// is retried after its Retry-After up to <see cref="SlackOptions.MaxRateLimitRetries"/> times for every method, a
/// transient failure up to <see cref="TransientRetries"/> times only for <see cref="SlackCall.SafeToRepeat"/> methods —
/// and, below it, <see cref="SlackRateGateHandler"/> for every attempt. No HTTP logging: bodies and tokens stay out of logs.
/// </summary>
internal static class SlackHttp
{
    /// <summary>How often a transient failure of a method that is safe to repeat is retried.</summary>
    public const int TransientRetries = 2;

    /// <summary>One attempt's limit (the old per-call HttpClient timeout).</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(30);

    public static IServiceCollection AddSlackWebApi(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SlackRateGate>();
        services.TryAddTransient<SlackRateGateHandler>();
        var client = services.AddHttpClient(SlackApiClient.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan).RemoveAllLoggers();
        client.AddSalesBotResilience((options, provider) =>
        {
            var rateLimitRetries = provider.GetRequiredService<IOptions<SlackOptions>>().Value.MaxRateLimitRetries;
            var time = provider.GetService<TimeProvider>() ?? TimeProvider.System;
            options.Retry.MaxRetryAttempts = Math.Max(1, Math.Max(rateLimitRetries, TransientRetries));
            options.Retry.ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.AttemptNumber, rateLimitRetries, args.Context.GetRequestMessage()));
            options.Retry.DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(
                args.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } limited ? SlackRateGateHandler.RetryAfter(limited, time) : null);
            options.AttemptTimeout.Timeout = AttemptTimeout;
            options.TotalRequestTimeout.Timeout = TimeSpan.FromMinutes(10); // three Retry-Afters of up to two minutes fit
            options.CircuitBreaker.SamplingDuration = AttemptTimeout * 2;
            options.CircuitBreaker.ShouldHandle = args => ValueTask.FromResult(IsFailure(args.Outcome));
        });
        client.AddHttpMessageHandler<SlackRateGateHandler>();
        services.TryAddSingleton<SlackApiClient>();
        return services;
    }

    /// <summary>A 429 while the rate-limit budget lasts; a transient failure of a method safe to repeat while that budget lasts.</summary>
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, int attempt, int rateLimitRetries, HttpRequestMessage? request)
    {
        if (outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests })
        {
            return attempt < rateLimitRetries;
        }

        return attempt < TransientRetries
            && SlackCall.MethodOf(request) is { } method && SlackCall.SafeToRepeat.Contains(method)
            && IsFailure(outcome);
    }

    /// <summary>Slack failing (not refusing): a 5xx, a 408, a connection or protocol error, an attempt timeout. A 429 is not one.</summary>
    private static bool IsFailure(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result?.StatusCode != HttpStatusCode.TooManyRequests && HttpClientResiliencePredicates.IsTransient(outcome);
}
