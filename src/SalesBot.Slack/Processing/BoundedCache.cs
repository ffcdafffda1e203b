using Microsoft.Extensions.Caching.Memory;

namespace SalesBot.Slack.Processing;

/// <summary>
/// An in-memory cache that never holds more than <see cref="Capacity"/> entries: when it is full, the quarter of the
/// entries used least recently is dropped before the next one goes in. For what can be fetched again (who a user is,
/// their DM channel), so a workspace with many users costs bounded memory instead of growing with every new user.
/// </summary>
internal sealed class BoundedCache<TValue> : IDisposable
{
    private readonly MemoryCache _cache;

    public BoundedCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = capacity, CompactionPercentage = 0.25 });
    }

    public int Capacity { get; }

    public int Count => _cache.Count;

    public bool TryGet(string key, out TValue value)
    {
        if (_cache.TryGetValue(key, out var found) && found is TValue typed)
        {
            value = typed;
            return true;
        }

        value = default!;
        return false;
    }

    public void Set(string key, TValue value)
    {
        if (_cache.Count >= Capacity)
        {
            // MemoryCache refuses an entry over SizeLimit and compacts later, on the thread pool; compacting here keeps
            // the newest entry and the cap both.
            _cache.Compact(0.25);
        }

        _cache.Set(key, value, new MemoryCacheEntryOptions { Size = 1 });
    }

    public void Remove(string key) => _cache.Remove(key);

    public void Dispose() => _cache.Dispose();
}
