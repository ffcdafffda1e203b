using SalesBot.Core.Scheduling;

namespace SalesBot.Core.Tests.Scheduling;

public sealed class PeriodicPassTests
{
    [Fact]
    public async Task AFailedPass_IsReported_AndTheLoopGoesOn_UntilStoppedQuietly()
    {
        using var stop = new CancellationTokenSource();
        var passes = 0;
        var failures = new List<string>();

        await PeriodicPass.RunAsync(
            _ =>
            {
                if (++passes == 3)
                {
                    stop.Cancel();
                }

                return passes == 1 ? throw new InvalidOperationException("first pass broke") : Task.CompletedTask;
            },
            TimeSpan.FromMilliseconds(1),
            TimeProvider.System,
            ex => failures.Add(ex.Message),
            stop.Token);

        Assert.Equal(3, passes);
        Assert.Equal(["first pass broke"], failures);
    }

    [Fact]
    public async Task StoppingDuringAPass_EndsTheLoopWithThePassesCancellation_NotAReportedFailure()
    {
        using var stop = new CancellationTokenSource();
        var failures = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => PeriodicPass.RunAsync(
            token =>
            {
                stop.Cancel();
                token.ThrowIfCancellationRequested();
                return Task.CompletedTask;
            },
            TimeSpan.FromHours(1),
            TimeProvider.System,
            _ => failures++,
            stop.Token));

        Assert.Equal(0, failures);
    }
}
