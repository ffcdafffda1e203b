using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Core.Channels;

namespace SalesBot.Slack.Processing;

/// <summary>
/// Runs the Slack work in the inbox, at least once: claims up to <see cref="SlackOptions.Workers"/> items at a time (the
/// store hands out only the oldest item of each user, so one user's work runs in order, over every instance), renews
/// their leases while they run and deletes each when done. It looks at the inbox when woken by a local write or a finished
/// item, and every <see cref="SlackOptions.InboxPollInterval"/> for work of other instances and expired leases. On shutdown
/// it claims nothing more and lets running work finish until the host's shutdown timeout; what is left stays in the inbox.
/// </summary>
internal sealed partial class SlackInboxWorker(
    SlackInbox inbox,
    IInboxStore store,
    SlackJobDispatcher dispatcher,
    TurnFailureNotice failures,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SlackInboxWorker> logger) : BackgroundService
{
    private readonly CancellationTokenSource _hardStop = new();
    private readonly string _claimant = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var settings = options.Value;
        var running = new List<Task>();
        while (!stoppingToken.IsCancellationRequested)
        {
            running.RemoveAll(task => task.IsCompleted);
            var free = settings.Workers - running.Count;
            if (free > 0)
            {
                foreach (var item in await ClaimAsync(free, stoppingToken))
                {
                    running.Add(Task.Run(() => RunAsync(item), CancellationToken.None));
                }
            }

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            wait.CancelAfter(settings.InboxPollInterval);
            var finished = running.Count > 0 ? Task.WhenAny(running) : Task.Delay(Timeout.Infinite, wait.Token);
            await Task.WhenAny(inbox.WaitAsync(wait.Token), finished);
            await wait.CancelAsync();
        }

        await Task.WhenAll(running);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await using var registration = cancellationToken.Register(_hardStop.Cancel);
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _hardStop.Dispose();
        base.Dispose();
    }

    private async Task<IReadOnlyList<InboxItem>> ClaimAsync(int limit, CancellationToken stoppingToken)
    {
        try
        {
            return await store.ClaimAsync(SlackChannel.Id, _claimant, time.GetUtcNow(), options.Value.InboxLease, limit, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return [];
        }
        catch (Exception ex)
        {
            Log.ClaimFailed(logger, ex);
            return [];
        }
    }

    private async Task RunAsync(InboxItem item)
    {
        var token = _hardStop.Token;
        var job = SlackJobJson.Read(item.Payload);
        if (job is null || item.Attempts > options.Value.InboxMaxAttempts)
        {
            var incident = Dialogs.Conversation.Incident.NewId();
            Log.GivenUp(logger, item.Seq, item.Attempts, job?.GetType().Name ?? "unreadable", incident);
            if (job is TurnJob given && !await TellAsync(given, incident, token))
            {
                return;
            }

            await CompleteAsync(item);
            return;
        }

        using var span = SlackTracing.StartJob(job, item);
        using var renewing = CancellationTokenSource.CreateLinkedTokenSource(token);
        var renewal = RenewAsync(item, renewing.Token);
        try
        {
            await dispatcher.RunAsync(job, token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Shutdown timed out: the item stays in the inbox, given back so that the next start (or another instance) runs it at once.
            Log.Abandoned(logger, item.Seq);
            await ReleaseAsync(item);
            return;
        }
        catch (Exception ex)
        {
            var incident = Dialogs.Conversation.Incident.NewId();
            Log.JobFailed(logger, ex, job.GetType().Name, job.Tenant.TenantId, incident);
            if (job is TurnJob turn && !await TellAsync(turn, incident, token))
            {
                return;
            }
        }
        finally
        {
            await renewing.CancelAsync();
            await renewal;
        }

        await CompleteAsync(item);
    }

    private async Task ReleaseAsync(InboxItem item)
    {
        try
        {
            using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await store.ReleaseAsync(item.Seq, _claimant, quick.Token);
        }
        catch (Exception ex)
        {
            // Its lease runs out instead.
            Log.ReleaseFailed(logger, ex, item.Seq);
        }
    }

    /// <summary>False when shutdown timed out meanwhile (the item then stays in the inbox).</summary>
    private async Task<bool> TellAsync(TurnJob turn, string incident, CancellationToken token)
    {
        try
        {
            await failures.TellAsync(turn, incident, token);
            return true;
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            return false;
        }
    }

    private async Task CompleteAsync(InboxItem item)
    {
        try
        {
            if (!await store.CompleteAsync(item.Seq, _claimant, CancellationToken.None))
            {
                Log.LeaseLost(logger, item.Seq);
            }
        }
        catch (Exception ex)
        {
            // It stays in the inbox and runs again after its lease; the turn's commit knows it ran.
            Log.CompleteFailed(logger, ex, item.Seq);
        }
        finally
        {
            inbox.MarkFinished();
        }
    }

    /// <summary>Keeps the lease alive while the work runs: renewed every third of the lease.</summary>
    private async Task RenewAsync(InboxItem item, CancellationToken cancellationToken)
    {
        var lease = options.Value.InboxLease;
        try
        {
            while (true)
            {
                await Task.Delay(lease / 3, time, cancellationToken);
                if (!await store.RenewAsync(item.Seq, _claimant, time.GetUtcNow() + lease, cancellationToken))
                {
                    Log.LeaseLost(logger, item.Seq);
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The work is done.
        }
        catch (Exception ex)
        {
            Log.RenewFailed(logger, ex, item.Seq);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Error, "Slack {Job} for {TenantId} failed (incident {Incident})")]
        public static partial void JobFailed(ILogger logger, Exception error, string job, string tenantId, string incident);

        [LoggerMessage(2, LogLevel.Warning, "Shutdown timed out; Slack inbox item {Seq} stays in the inbox and runs again after a restart")]
        public static partial void Abandoned(ILogger logger, long seq);

        [LoggerMessage(3, LogLevel.Error, "Claiming Slack work from the inbox failed; trying again shortly")]
        public static partial void ClaimFailed(ILogger logger, Exception error);

        [LoggerMessage(4, LogLevel.Error, "Slack inbox item {Seq} ({Job}) given up after {Attempts} claims (incident {Incident})")]
        public static partial void GivenUp(ILogger logger, long seq, int attempts, string job, string incident);

        [LoggerMessage(5, LogLevel.Warning, "The lease on Slack inbox item {Seq} was lost (it ran longer than the lease); another claim may run it again")]
        public static partial void LeaseLost(ILogger logger, long seq);

        [LoggerMessage(6, LogLevel.Error, "Removing the done Slack inbox item {Seq} failed; it runs again after its lease and is recognized then")]
        public static partial void CompleteFailed(ILogger logger, Exception error, long seq);

        [LoggerMessage(8, LogLevel.Warning, "Giving back the claim on Slack inbox item {Seq} failed; it runs again once its lease has run out")]
        public static partial void ReleaseFailed(ILogger logger, Exception error, long seq);

        [LoggerMessage(7, LogLevel.Warning, "Renewing the lease on Slack inbox item {Seq} failed")]
        public static partial void RenewFailed(ILogger logger, Exception error, long seq);

    }
}
