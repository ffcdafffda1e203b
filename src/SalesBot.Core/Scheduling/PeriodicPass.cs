namespace SalesBot.Core.Scheduling;

/// <summary>
/// The loop of a background job: run a pass, wait the interval on the given clock, again, until stopped. A failed pass
/// is reported and the loop goes on at the next interval. Stopping during a wait ends it quietly; stopping during a pass
/// ends it with that pass's cancellation, which a BackgroundService takes as a normal stop.
/// </summary>
public static class PeriodicPass
{
    public static async Task RunAsync(
        Func<CancellationToken, Task> pass, TimeSpan interval, TimeProvider time, Action<Exception> failed, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await pass(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                failed(ex);
            }

            try
            {
                await Task.Delay(interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
