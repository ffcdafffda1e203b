using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace SalesBot.Slack.Processing;

/// <summary>
/// Bounded in-memory queues, one per worker. A job goes to the queue its partition key hashes to, so one user's
/// turns run in order while different users' run in parallel. Writing never waits: a full queue says no at once.
/// </summary>
internal sealed class SlackWorkQueue
{
    private readonly Channel<SlackJob>[] _partitions;

    public SlackWorkQueue(IOptions<SlackOptions> options)
    {
        _partitions = Enumerable.Range(0, options.Value.Workers)
            .Select(_ => Channel.CreateBounded<SlackJob>(new BoundedChannelOptions(options.Value.QueueCapacity)
            {
                SingleReader = true,
                FullMode = BoundedChannelFullMode.Wait,
            }))
            .ToArray();
    }

    public int Partitions => _partitions.Length;

    private long _accepted;
    private long _finished;

    /// <summary>Jobs taken in so far.</summary>
    public long Accepted => Interlocked.Read(ref _accepted);

    /// <summary>Jobs done (or failed) so far; equal to <see cref="Accepted"/> when the workers are idle.</summary>
    public long Finished => Interlocked.Read(ref _finished);

    public bool TryEnqueue(SlackJob job)
    {
        if (!_partitions[PartitionOf(job.PartitionKey)].Writer.TryWrite(job))
        {
            return false;
        }

        Interlocked.Increment(ref _accepted);
        return true;
    }

    public void MarkFinished() => Interlocked.Increment(ref _finished);

    public ChannelReader<SlackJob> Reader(int partition) => _partitions[partition].Reader;

    /// <summary>No more jobs: the workers finish what is queued and stop.</summary>
    public void Complete()
    {
        foreach (var partition in _partitions)
        {
            partition.Writer.TryComplete();
        }
    }

    public int PartitionOf(string key) => (int)(StableHash(key) % (uint)_partitions.Length);

    /// <summary>FNV-1a: the same key maps to the same partition in every run.</summary>
    private static uint StableHash(string key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
