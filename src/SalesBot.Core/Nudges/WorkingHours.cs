namespace SalesBot.Core.Nudges;

/// <summary>When nudges may arrive, in the user's local time: working hours on weekdays, minus an optional quiet window.</summary>
public sealed record WorkingHours(TimeOnly Start, TimeOnly End, TimeOnly? QuietStart = null, TimeOnly? QuietEnd = null)
{
    public static WorkingHours Default { get; } = new(new TimeOnly(9, 0), new TimeOnly(17, 30));
}
