namespace SalesBot.Storage;

/// <summary>Says when housekeeping is due again: at most once per interval of the caller's clock, across threads.</summary>
internal sealed class PruneSchedule(TimeSpan interval)
{
    private long _nextTicks = DateTimeOffset.MinValue.UtcTicks;

    /// <summary>True for the first caller at or after the due time; that caller moves the due time one interval on.</summary>
    public bool IsDue(DateTimeOffset now)
    {
        var next = Interlocked.Read(ref _nextTicks);
        return now.UtcTicks >= next && Interlocked.CompareExchange(ref _nextTicks, now.UtcTicks + interval.Ticks, next) == next;
    }
}
