using SalesBot.Core.Users;

namespace SalesBot.Core.Nudges;

/// <summary>
/// Turns the ideal moment of a nudge into its due time for one user: a pause moves it later by the pause's length
/// (so nothing piles up on the first day back), then it lands inside working hours, or at the morning digest.
/// </summary>
public sealed class NudgeTiming(WorkingCalendar calendar, TimeOnly? digestAt, DateTimeOffset? pausedFrom, DateTimeOffset? pausedUntil)
{
    public WorkingCalendar Calendar { get; } = calendar;

    public TimeOnly? DigestAt { get; } = digestAt;

    public static NudgeTiming For(UserProfile? profile, TimeZoneInfo zone, WorkingHours hours) =>
        new(new WorkingCalendar(zone, hours), profile?.DigestAt, profile?.PausedFrom, profile?.PausedUntil);

    public bool IsPaused(DateTimeOffset now) => pausedFrom is { } from && pausedUntil is { } until && now >= from && now < until;

    public DateTimeOffset Schedule(DateTimeOffset ideal)
    {
        var due = ideal;
        if (pausedFrom is { } from && pausedUntil is { } until && due >= from && due < until)
        {
            due += until - from;
        }

        due = Calendar.NextWorkingMoment(due);
        return DigestAt is { } at ? Calendar.NextDailyMoment(due, at) : due;
    }
}
