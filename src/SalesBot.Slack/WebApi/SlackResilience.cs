using System.Net;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace SalesBot.Slack.WebApi;

/// <summary>The retry pipeline for Web API calls: a 429 is retried after its Retry-After (per call, on the injected clock).</summary>
internal sealed class SlackResilience
{
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan LongestRetryAfter = TimeSpan.FromMinutes(2);

    public SlackResilience(IOptions<SlackOptions> options, TimeProvider time)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };
        if (options.Value.MaxRateLimitRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests),
                MaxRetryAttempts = options.Value.MaxRateLimitRetries,
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(RetryAfter(args.Outcome.Result)),
            });
        }

        Pipeline = builder.Build();
    }

    public ResiliencePipeline<HttpResponseMessage> Pipeline { get; }

    /// <summary>The wait Slack asks for: Retry-After in seconds (or as a date), one second when absent, at most two minutes.</summary>
    public static TimeSpan RetryAfter(HttpResponseMessage? response)
    {
        var header = response?.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - DateTimeOffset.UtcNow : DefaultRetryAfter);
        if (wait < TimeSpan.Zero)
        {
            wait = TimeSpan.Zero;
        }

        return wait > LongestRetryAfter ? LongestRetryAfter : wait;
    }
}
