using SalesBot.Core.Channels;

namespace SalesBot.Slack.Tests;

/// <summary>
/// The inbox port in memory, for the acknowledging half of the adapter (the stores' own contract tests cover the real
/// ones): same dedupe-key and one-head-per-partition rules, no leases. <see cref="Refuse"/> makes writes fail like a down database.
/// </summary>
internal sealed class MemoryInbox : IInboxStore
{
    private readonly List<InboxItem> _items = [];
    private readonly Dictionary<long, string?> _keys = [];
    private readonly HashSet<long> _claimed = [];
    private long _seq;

    public bool Refuse { get; set; }

    public Task<bool> AddAsync(InboxEntry entry, CancellationToken cancellationToken)
    {
        lock (_items)
        {
            if (Refuse)
            {
                throw new InvalidOperationException("The database is down.");
            }

            if (entry.DedupeKey is not null && _items.Any(item => item.ChannelId == entry.ChannelId && _keys[item.Seq] == entry.DedupeKey))
            {
                return Task.FromResult(false);
            }

            var item = new InboxItem(++_seq, entry.ChannelId, entry.PartitionKey, entry.Payload, entry.ReceivedAt, 0);
            _items.Add(item);
            _keys[item.Seq] = entry.DedupeKey;
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<InboxItem>> ClaimAsync(
        string channelId, string claimant, DateTimeOffset now, TimeSpan lease, int limit, CancellationToken cancellationToken)
    {
        lock (_items)
        {
            var heads = _items.Where(item => item.ChannelId == channelId)
                .GroupBy(item => item.PartitionKey)
                .Select(partition => partition.First())
                .Where(item => !_claimed.Contains(item.Seq))
                .OrderBy(item => item.Seq)
                .Take(limit)
                .Select(item => item with { Attempts = item.Attempts + 1 })
                .ToList();
            foreach (var head in heads)
            {
                _claimed.Add(head.Seq);
                _items[_items.FindIndex(item => item.Seq == head.Seq)] = head;
            }

            return Task.FromResult<IReadOnlyList<InboxItem>>(heads);
        }
    }

    public Task<bool> RenewAsync(long seq, string claimant, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        lock (_items)
        {
            return Task.FromResult(_claimed.Contains(seq));
        }
    }

    public Task<bool> ReleaseAsync(long seq, string claimant, CancellationToken cancellationToken)
    {
        lock (_items)
        {
            return Task.FromResult(_claimed.Remove(seq));
        }
    }

    public Task<bool> CompleteAsync(long seq, string claimant, CancellationToken cancellationToken)
    {
        lock (_items)
        {
            _claimed.Remove(seq);
            return Task.FromResult(_items.RemoveAll(item => item.Seq == seq) == 1);
        }
    }

    public Task<int> CountAsync(string channelId, CancellationToken cancellationToken)
    {
        lock (_items)
        {
            return Task.FromResult(_items.Count(item => item.ChannelId == channelId));
        }
    }
}
