using System.Collections.Concurrent;

namespace SalesBot.Slack.WebApi;

/// <summary>
/// A response_url works at most five times within thirty minutes of the request that brought it. This keeps count,
/// so SalesBot falls back to the Web API instead of sending into a dead URL.
/// </summary>
internal sealed class ResponseUrlBudget(TimeProvider time)
{
    public const int MaxUses = 5;
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private readonly ConcurrentDictionary<string, Entry> _urls = new(StringComparer.Ordinal);

    /// <summary>Starts the clock for a response_url when its request arrives.</summary>
    public void Issued(Uri url, DateTimeOffset at)
    {
        _urls.TryAdd(url.AbsoluteUri, new Entry(at));
        if (_urls.Count > 10_000)
        {
            Forget(time.GetUtcNow());
        }
    }

    /// <summary>Takes one use; false when the URL is unknown, used five times, or older than thirty minutes.</summary>
    public bool TryUse(Uri url)
    {
        if (!_urls.TryGetValue(url.AbsoluteUri, out var entry) || time.GetUtcNow() - entry.IssuedAt > Lifetime)
        {
            return false;
        }

        return Interlocked.Increment(ref entry.Uses) <= MaxUses;
    }

    private void Forget(DateTimeOffset now)
    {
        foreach (var (url, entry) in _urls)
        {
            if (now - entry.IssuedAt > Lifetime)
            {
                _urls.TryRemove(url, out _);
            }
        }
    }

    private sealed class Entry(DateTimeOffset issuedAt)
    {
        public int Uses;

        public DateTimeOffset IssuedAt { get; } = issuedAt;
    }
}
