using SalesBot.Core.Nudges;

namespace SalesBot.Core.Tests.Nudges;

public sealed class NudgeTimingTests
{
    private static readonly WorkingCalendar Calendar = new(TimeZoneInfo.Utc, WorkingHours.Default);
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void WithoutPauseOrDigest_TheDueTimeIsTheNextWorkingMoment()
    {
        var timing = new NudgeTiming(Calendar, null, null, null);

        Assert.Equal(Monday, timing.Schedule(Monday));
        Assert.Equal(Monday.AddDays(1).AddHours(-1), timing.Schedule(Monday.AddHours(9)));
    }

    [Fact]
    public void APause_ShiftsNudgesDueInsideItByItsLength_SoTheyKeepTheirSpacing()
    {
        var timing = new NudgeTiming(Calendar, null, Monday, Monday.AddDays(14));

        var first = timing.Schedule(Monday.AddDays(1));
        var second = timing.Schedule(Monday.AddDays(3));

        Assert.Equal(Monday.AddDays(15), first);
        Assert.Equal(Monday.AddDays(17), second);
        Assert.Equal(Monday.AddDays(21), timing.Schedule(Monday.AddDays(21)));
        Assert.True(timing.IsPaused(Monday.AddDays(2)));
        Assert.False(timing.IsPaused(Monday.AddDays(14)));
    }

    [Fact]
    public void WithADigest_EveryNudgeWaitsForTheNextMorningDigest()
    {
        var timing = new NudgeTiming(Calendar, new TimeOnly(8, 30), null, null);

        Assert.Equal(new DateTimeOffset(2026, 11, 24, 8, 30, 0, TimeSpan.Zero), timing.Schedule(Monday));
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 8, 30, 0, TimeSpan.Zero), timing.Schedule(Monday.AddHours(5)));
    }
}
