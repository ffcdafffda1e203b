using Microsoft.Extensions.Logging;
using SalesBot.Core.Channels;

namespace SalesBot.Slack.Processing;

/// <summary>Runs one job: skips it when any of its delivery ids was seen before (a retry or duplicate), else hands it to its runner.</summary>
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
            case TurnJob turn:
                await turns.RunAsync(turn, cancellationToken);
                break;
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
