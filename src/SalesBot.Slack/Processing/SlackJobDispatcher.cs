using Microsoft.Extensions.Logging;
using SalesBot.Core.Channels;
using SalesBot.Core.Conversations;
using SalesBot.Dialogs.Pipeline;
using SalesBot.Slack.Installs;
using SalesBot.Slack.WebApi;

namespace SalesBot.Slack.Processing;

/// <summary>Runs one job: a turn goes through the turn pipeline (which dedupes in its commit); other jobs are skipped when a delivery id was seen before.</summary>
internal sealed partial class SlackJobDispatcher(
    IChannelStore channels,
    SlackInstalls installs,
    UserDirectory users,
    TurnPipeline pipeline,
    SlackAdapter adapter,
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
            await RunTurnAsync(turn, cancellationToken);
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

    /// <summary>
    /// A turn runs in the user's DM through the turn pipeline. A user Slack says cannot be reached (deactivated, the app
    /// uninstalled, the token revoked) is marked unreachable so that nudges stop.
    /// </summary>
    private async Task RunTurnAsync(TurnJob job, CancellationToken cancellationToken)
    {
        if (await installs.FindAsync(job.Tenant, cancellationToken) is not { } install)
        {
            Log.NoInstall(logger, job.Tenant.TenantId);
            return;
        }

        try
        {
            await pipeline.RunAsync(adapter, new SlackTurnRequest(job, install.BotToken), cancellationToken);
        }
        catch (SlackApiException ex) when (ex.IsUserUnreachable)
        {
            Log.Unreachable(logger, job.Tenant.TenantId, job.UserId, ex.Method, ex.Error);
            if (ex.IsTokenGone)
            {
                installs.Forget(job.Tenant);
            }

            users.Forget(job.Tenant, job.UserId);
            await channels.MarkUnreachableAsync(new Owner(job.Tenant.TenantId, job.UserId), SlackChannel.Id, ex.Error, time.GetUtcNow(), cancellationToken);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(2, LogLevel.Warning, "No Slack install for {TenantId}; the request is dropped (install SalesBot in that workspace)")]
        public static partial void NoInstall(ILogger logger, string tenantId);

        [LoggerMessage(3, LogLevel.Warning, "Slack user {TenantId}/{UserId} cannot be reached ({Method}: {Error}); marked unreachable")]
        public static partial void Unreachable(ILogger logger, string tenantId, string userId, string method, string error);

        [LoggerMessage(1, LogLevel.Information, "Slack delivery {DeliveryId} was handled before; skipped")]
        public static partial void Duplicate(ILogger logger, string deliveryId);
    }
}
