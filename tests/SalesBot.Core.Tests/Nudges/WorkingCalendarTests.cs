using SalesBot.Core.Nudges;

namespace SalesBot.Core.Tests.Nudges;

public sealed class WorkingCalendarTests
{
    private static readonly TimeZoneInfo Warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private readonly WorkingCalendar _warsaw = new(Warsaw, WorkingHours.Default);

    [Fact]
    public void ThreeBusinessDaysFromAFriday_IsTheNextWednesday_AtTheSameLocalTime()
    {
        var friday = _warsaw.ToInstant(new DateOnly(2026, 11, 20), new TimeOnly(14, 15));

        var due = _warsaw.AddBusinessDays(friday, 3);

        Assert.Equal(new DateTime(2026, 11, 25, 14, 15, 0), _warsaw.Local(due));
    }

    [Fact]
    public void AddingDaysAcrossTheSpringDaylightSavingChange_KeepsTheLocalHour_SoTheUtcHourMoves()
    {
        var before = _warsaw.ToInstant(new DateOnly(2026, 3, 27), new TimeOnly(10, 0));

        var after = _warsaw.AddDays(before, 3);

        Assert.Equal(new DateTime(2026, 3, 30, 10, 0, 0), _warsaw.Local(after));
        Assert.Equal(9, before.UtcDateTime.Hour);
        Assert.Equal(8, after.UtcDateTime.Hour);
    }

    [Fact]
    public void ALocalTimeSkippedByDaylightSaving_MovesForwardPastTheGap()
    {
        var skipped = _warsaw.ToInstant(new DateOnly(2026, 3, 29), new TimeOnly(2, 30));

        Assert.Equal(new DateTime(2026, 3, 29, 3, 0, 0), _warsaw.Local(skipped));
    }

    [Fact]
    public void ALocalTimeRepeatedInAutumn_ResolvesToTheEarlierInstant()
    {
        var repeated = _warsaw.ToInstant(new DateOnly(2026, 10, 25), new TimeOnly(2, 30));

        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), repeated);
    }

    [Theory]
    [InlineData("2026-11-21T12:00", "2026-11-23T09:00")] // Saturday noon → Monday morning
    [InlineData("2026-11-23T07:10", "2026-11-23T09:00")] // before work
    [InlineData("2026-11-23T18:00", "2026-11-24T09:00")] // after work
    [InlineData("2026-11-27T17:45", "2026-11-30T09:00")] // Friday evening → Monday
    [InlineData("2026-11-24T11:20", "2026-11-24T11:20")] // inside hours: unchanged
    [InlineData("2026-11-24T12:15", "2026-11-24T13:00")] // quiet lunch window
    public void NextWorkingMoment_LandsInsideWorkingHours_OnAWeekday_OutsideQuietHours(string local, string expected)
    {
        var calendar = new WorkingCalendar(NewYork, WorkingHours.Default with { QuietStart = new TimeOnly(12, 0), QuietEnd = new TimeOnly(13, 0) });
        var start = DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture);

        var due = calendar.NextWorkingMoment(calendar.ToInstant(DateOnly.FromDateTime(start), TimeOnly.FromDateTime(start)));

        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), calendar.Local(due));
    }

    [Fact]
    public void TheWorkingDayBeforeAMondayMeeting_IsFridayMorning()
    {
        var due = _warsaw.WorkingDayStartBefore(new DateOnly(2026, 11, 30), 1);

        Assert.Equal(new DateTime(2026, 11, 27, 9, 0, 0), _warsaw.Local(due));
    }

    [Fact]
    public void TheMorningDigest_IsTheNextWorkingDaysDigestTime()
    {
        var fridayAfternoon = _warsaw.ToInstant(new DateOnly(2026, 11, 27), new TimeOnly(15, 0));

        var digest = _warsaw.NextDailyMoment(fridayAfternoon, new TimeOnly(8, 30));

        Assert.Equal(new DateTime(2026, 11, 30, 8, 30, 0), _warsaw.Local(digest));
    }
}
