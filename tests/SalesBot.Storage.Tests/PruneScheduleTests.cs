namespace SalesBot.Storage.Tests;

public sealed class PruneScheduleTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void IsDue_ForTheFirstCall_ThenNotUntilTheIntervalHasPassed()
    {
        var schedule = new PruneSchedule(TimeSpan.FromMinutes(1));

        Assert.Equal(
            [true, false, false, true, false],
            new[] { T0, T0, T0.AddSeconds(59), T0.AddMinutes(1), T0.AddSeconds(61) }.Select(schedule.IsDue).ToArray());
    }

    [Fact]
    public void IsDue_ForExactlyOneOfManyConcurrentCallers()
    {
        var schedule = new PruneSchedule(TimeSpan.FromMinutes(1));

        var due = 0;
        Parallel.For(0, 1000, _ =>
        {
            if (schedule.IsDue(T0))
            {
                Interlocked.Increment(ref due);
            }
        });

        Assert.Equal(1, due);
    }
}
