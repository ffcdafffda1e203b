using System.Collections.Concurrent;

namespace SalesBot.Slack.WebApi;

/// <summary>
/// Slack rate-limits per method and workspace. After a 429 for a method, every call of that method with the same
/// token waits until Retry-After has passed, so concurrent work does not hammer a limited method.
/// </summary>
internal sealed class SlackRateGate(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _blockedUntil = new(StringComparer.Ordinal);

    public TimeSpan WaitFor(string method, string tokenKey)
    {
        if (!_blockedUntil.TryGetValue(Key(method, tokenKey), out var until))
        {
            return TimeSpan.Zero;
        }

        var wait = until - time.GetUtcNow();
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }

    public void Block(string method, string tokenKey, TimeSpan retryAfter)
    {
        var until = time.GetUtcNow() + retryAfter;
        _blockedUntil.AddOrUpdate(Key(method, tokenKey), until, (_, old) => old > until ? old : until);
    }

    private static string Key(string method, string tokenKey) => method + "|" + tokenKey;
}
