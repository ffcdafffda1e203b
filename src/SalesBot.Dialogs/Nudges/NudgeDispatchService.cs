using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

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

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await dispatcher.DispatchDueAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                PassFailed(logger, ex);
            }

            try
            {
                await Task.Delay(options.Value.DispatchInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A nudge dispatch pass failed; trying again at the next interval")]
    private static partial void PassFailed(ILogger logger, Exception exception);
}
