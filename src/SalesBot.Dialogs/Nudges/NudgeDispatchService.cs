using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Core.Scheduling;

namespace SalesBot.Dialogs.Nudges;

/// <summary>Runs the dispatcher every <see cref="NudgeOptions.DispatchInterval"/>, on the injected clock. A failed pass is logged and retried.</summary>
internal sealed partial class NudgeDispatchService(
    NudgeDispatcher dispatcher, TimeProvider time, IOptions<NudgeOptions> options, ILogger<NudgeDispatchService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        await PeriodicPass.RunAsync(
            dispatcher.DispatchDueAsync, options.Value.DispatchInterval, time, ex => PassFailed(logger, ex), stoppingToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A nudge dispatch pass failed; trying again at the next interval")]
    private static partial void PassFailed(ILogger logger, Exception exception);
}
