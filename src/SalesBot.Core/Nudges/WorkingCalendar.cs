namespace SalesBot.Core.Nudges;

/// <summary>
/// Business-day arithmetic in one user's time zone. Local times that a daylight-saving change skips move forward by
/// the gap; local times it repeats resolve to the earlier instant; weekends (Saturday, Sunday) are never working days.
/// </summary>
public sealed class WorkingCalendar(TimeZoneInfo zone, WorkingHours hours)
{
    public TimeZoneInfo Zone { get; } = zone;

    public WorkingHours Hours { get; } = hours;

    public static bool IsWorkingDay(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    public DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    /// <summary>The same local time of day, <paramref name="days"/> working days later.</summary>
    public DateTimeOffset AddBusinessDays(DateTimeOffset from, int days)
    {
        var local = Local(from);
        var date = DateOnly.FromDateTime(local);
        for (var added = 0; added < days;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                added++;
            }
        }

        return ToInstant(date, TimeOnly.FromDateTime(local));
    }

    /// <summary>The same local time of day, <paramref name="days"/> calendar days later (a daylight-saving change does not shift the hour).</summary>
    public DateTimeOffset AddDays(DateTimeOffset from, int days)
    {
        var local = Local(from);
        return ToInstant(DateOnly.FromDateTime(local).AddDays(days), TimeOnly.FromDateTime(local));
    }

    /// <summary>The same local time of day, <paramref name="months"/> calendar months later.</summary>
    public DateTimeOffset AddMonths(DateTimeOffset from, int months)
    {
        var local = Local(from);
        return ToInstant(DateOnly.FromDateTime(local).AddMonths(months), TimeOnly.FromDateTime(local));
    }

    /// <summary>Start of the working day <paramref name="days"/> working days before <paramref name="date"/>.</summary>
    public DateTimeOffset WorkingDayStartBefore(DateOnly date, int days)
    {
        for (var counted = 0; counted < days;)
        {
            date = date.AddDays(-1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return ToInstant(date, Hours.Start);
    }

    /// <summary>The first moment at or after <paramref name="instant"/> inside working hours and outside the quiet window.</summary>
    public DateTimeOffset NextWorkingMoment(DateTimeOffset instant)
    {
        var local = Local(instant);
        var date = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        while (true)
        {
            if (!IsWorkingDay(date) || time >= Hours.End)
            {
                date = date.AddDays(1);
                time = Hours.Start;
                continue;
            }

            if (time < Hours.Start)
            {
                time = Hours.Start;
            }

            if (Hours is { QuietStart: { } quietStart, QuietEnd: { } quietEnd } && time >= quietStart && time < quietEnd)
            {
                time = quietEnd;
                continue;
            }

            var result = ToInstant(date, time);
            return result < instant ? instant : result;
        }
    }

    /// <summary>The first <paramref name="at"/> local time on a working day at or after <paramref name="instant"/> (the morning digest).</summary>
    public DateTimeOffset NextDailyMoment(DateTimeOffset instant, TimeOnly at)
    {
        var date = DateOnly.FromDateTime(Local(instant));
        while (true)
        {
            var candidate = ToInstant(date, at);
            if (IsWorkingDay(date) && candidate >= instant)
            {
                return candidate;
            }

            date = date.AddDays(1);
        }
    }

    /// <summary>A local date and time as an instant in this zone.</summary>
    public DateTimeOffset ToInstant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
