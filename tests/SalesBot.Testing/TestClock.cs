using Microsoft.Extensions.Time.Testing;

namespace SalesBot.Testing;

/// <summary>Where the tests' fake clocks start, so dates like 2027-03-01 are months away and never a rush job.</summary>
public static class TestClock
{
    /// <summary>Monday 2026-11-23 09:00 UTC.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Microsoft's <see cref="FakeTimeProvider"/> at <see cref="Start"/>: time (and its timers) move only when the test moves it.</summary>
    public static FakeTimeProvider Create() => new(Start);
}
