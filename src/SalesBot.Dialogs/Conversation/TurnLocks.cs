namespace SalesBot.Dialogs.Conversation;

/// <summary>
/// One async lock per user (tenant and user id): the turns of one user — every conversation of theirs and every deal,
/// since deals belong to one user — run one after another in this process, in arrival order, instead of racing to
/// commit. Entries live only while someone holds or waits for them.
/// </summary>
internal sealed class TurnLocks
{
    private readonly Dictionary<(string Tenant, string User), Entry> _entries = [];

    public async Task<IDisposable> AcquireAsync(string tenantId, string userId, CancellationToken cancellationToken)
    {
        var key = (tenantId, userId);
        Entry entry;
        lock (_entries)
        {
            if (!_entries.TryGetValue(key, out entry!))
            {
                entry = new Entry();
                _entries[key] = entry;
            }

            entry.Users++;
        }

        try
        {
            await entry.Gate.WaitAsync(cancellationToken);
        }
        catch
        {
            Release(key, entry, held: false);
            throw;
        }

        return new Held(this, key, entry);
    }

    private void Release((string, string) key, Entry entry, bool held)
    {
        if (held)
        {
            entry.Gate.Release();
        }

        lock (_entries)
        {
            if (--entry.Users == 0)
            {
                _entries.Remove(key);
                entry.Gate.Dispose();
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Held(TurnLocks locks, (string, string) key, Entry entry) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                locks.Release(key, entry, held: true);
            }
        }
    }
}
