using Microsoft.Extensions.Logging;
using SalesBot.Core.Channels;

namespace SalesBot.Slack.Processing;

/// <summary>Runs one job: a turn dedupes in its commit; other jobs are skipped when a delivery id was seen before.</summary>
internal sealed partial class SlackJobDispatcher(
    IChannelStore channels,
    TurnRunner turns,
    HomeRunner home,
    ModalRunner modals,
    UninstallRunner uninstalls,
    TimeProvider time,
    ILogger<SlackJobDispatcher> logger)
{
    public async Task RunAsync(SlackJob job, CancellationToken cancellationToken)
    {
        if (job is TurnJob turn)
        {
            // A turn marks its deliveries in its own commit: a retry is skipped only once a run committed.
            await turns.RunAsync(turn, cancellationToken);
            return;
        }

        // The other jobs (Home, a modal, an uninstall) write no turn and are safe to repeat: marked before they run.
        foreach (var id in job.DeliveryIds)
        {
            if (!await channels.TryRecordDeliveryAsync(SlackChannel.Id, id, time.GetUtcNow(), cancellationToken))
            {
                Log.Duplicate(logger, id);
                return;
            }
        }

        switch (job)
        {
            case HomeJob opened:
                await home.RunAsync(opened, cancellationToken);
                break;
            case OpenModalJob modal:
                await modals.RunAsync(modal, cancellationToken);
                break;
            case UninstallJob uninstall:
                await uninstalls.RunAsync(uninstall, cancellationToken);
                break;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Slack delivery {DeliveryId} was handled before; skipped")]
        public static partial void Duplicate(ILogger logger, string deliveryId);
    }
}
