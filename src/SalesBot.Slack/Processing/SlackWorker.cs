using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SalesBot.Slack.Processing;

/// <summary>
/// Runs the queued Slack work, one loop per partition. On shutdown it stops taking new work and finishes what is
/// queued until the host's shutdown timeout, then cancels what still runs. With Slack off it does nothing.
/// </summary>
internal sealed partial class SlackWorker(
    SlackWorkQueue queue,
    SlackJobDispatcher dispatcher,
    TurnFailureNotice failures,
    IOptions<SlackOptions> options,
    ILogger<SlackWorker> logger) : BackgroundService
{
    private readonly CancellationTokenSource _hardStop = new();

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return Task.CompletedTask;
        }

        return Task.WhenAll(Enumerable.Range(0, queue.Partitions).Select(partition => Task.Run(() => RunAsync(partition), CancellationToken.None)));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        await using var registration = cancellationToken.Register(_hardStop.Cancel);
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _hardStop.Dispose();
        base.Dispose();
    }

    private async Task RunAsync(int partition)
    {
        var token = _hardStop.Token;
        try
        {
            await foreach (var job in queue.Reader(partition).ReadAllAsync(token))
            {
                try
                {
                    await dispatcher.RunAsync(job, token);
                }
                catch (OperationCanceledException) when (token.IsCancellationRequested)
                {
                    throw;
                }
                catch (Exception ex)
                {
                    var incident = Dialogs.Conversation.Incident.NewId();
                    Log.JobFailed(logger, ex, job.GetType().Name, job.Tenant.TenantId, incident);
                    if (job is TurnJob turn)
                    {
                        await failures.TellAsync(turn, incident, token);
                    }
                }
                finally
                {
                    queue.MarkFinished();
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            Log.Abandoned(logger, partition);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Error, "Slack {Job} for {TenantId} failed (incident {Incident})")]
        public static partial void JobFailed(ILogger logger, Exception error, string job, string tenantId, string incident);

        [LoggerMessage(2, LogLevel.Warning, "Shutdown timed out; Slack work still queued in partition {Partition} was dropped")]
        public static partial void Abandoned(ILogger logger, int partition);
    }
}
