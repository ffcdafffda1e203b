using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Core.Channels;

namespace SalesBot.Slack.Processing;

/// <summary>
/// Where an acknowledged Slack request goes before the ack: the job is written to the store's inbox (the record of the
/// work), and this instance's <see cref="SlackInboxWorker"/> is woken in memory. A failed write answers "busy" (Slack
/// retries); so does an instance holding more of its own unfinished work than <see cref="SlackOptions.QueueCapacity"/>.
/// </summary>
internal sealed partial class SlackInbox(IInboxStore store, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackInbox> logger)
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private long _accepted;
    private long _finished;

    /// <summary>Jobs this instance wrote to the inbox so far.</summary>
    public long Accepted => Interlocked.Read(ref _accepted);

    /// <summary>Inbox items this instance finished (done, failed or given up); equal to <see cref="Accepted"/> when all is done.</summary>
    public long Finished => Interlocked.Read(ref _finished);

    /// <summary>
    /// Writes the job; true when it is in the inbox (or its first copy still is: a retry with the same delivery id), false
    /// when the request must be answered "busy". A job with no delivery id of its own (a button, a modal) gets one here, so
    /// a re-run after a crash is recognized by the turn's commit.
    /// </summary>
    public async Task<bool> TryAddAsync(SlackJob job, CancellationToken cancellationToken)
    {
        if (Accepted - Finished >= options.Value.QueueCapacity)
        {
            Log.Full(logger, options.Value.QueueCapacity);
            return false;
        }

        if (job.DeliveryIds.Count == 0)
        {
            job = job with { DeliveryIds = ["accepted:" + Guid.NewGuid().ToString("N")] };
        }

        if (job.ReceivedAt == default)
        {
            job = job with { ReceivedAt = time.GetUtcNow() };
        }

        if (job.TraceParent is null && Activity.Current is { IdFormat: ActivityIdFormat.W3C } request)
        {
            job = job with { TraceParent = request.Id };
        }

        var entry = new InboxEntry(SlackChannel.Id, job.PartitionKey, SlackJobJson.Write(job), job.ReceivedAt) { DedupeKey = job.DeliveryIds[0] };
        try
        {
            if (!await store.AddAsync(entry, cancellationToken))
            {
                Log.StillWaiting(logger, entry.DedupeKey!);
                return true;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.WriteFailed(logger, ex);
            return false;
        }

        Interlocked.Increment(ref _accepted);
        Wake();
        return true;
    }

    public void MarkFinished()
    {
        Interlocked.Increment(ref _finished);
        Wake();
    }

    /// <summary>Tells the worker to look at the inbox now.</summary>
    public void Wake() => _wake.Writer.TryWrite(true);

    /// <summary>Completes when <see cref="Wake"/> was called (since the last wait) or the token is cancelled.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _wake.Reader.WaitToReadAsync(cancellationToken);
            _wake.Reader.TryRead(out _);
        }
        catch (OperationCanceledException)
        {
            // The poll interval ran out, or the host stops.
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Slack work of this instance is at its cap of {Capacity} unfinished items; the request is answered busy")]
        public static partial void Full(ILogger logger, int capacity);

        [LoggerMessage(2, LogLevel.Information, "Slack delivery {DeliveryId} is already in the inbox (a retry); acknowledged, not added")]
        public static partial void StillWaiting(ILogger logger, string deliveryId);

        [LoggerMessage(3, LogLevel.Error, "Writing a Slack request to the inbox failed; it is answered busy so that Slack retries")]
        public static partial void WriteFailed(ILogger logger, Exception error);
    }
}
