using System.ComponentModel.DataAnnotations;

namespace SalesBot.Dialogs.Nudges;

/// <summary>
/// Section "Nudges": when reminders may arrive and how the dispatcher works. Intervals between nudges live in the
/// playbook; these are the team's working hours and the default time zone for users whose channel did not tell theirs.
/// </summary>
public sealed class NudgeOptions : IValidatableObject
{
    public const string Section = "Nudges";

    /// <summary>Run the dispatcher in this process. Turn it off on instances that should only serve turns.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>IANA time zone id used when the channel did not tell the user's own.</summary>
    public string DefaultTimeZone { get; set; } = "UTC";

    public TimeOnly WorkdayStart { get; set; } = new(9, 0);

    public TimeOnly WorkdayEnd { get; set; } = new(17, 30);

    /// <summary>Optional window inside the working day when no nudge arrives (both ends or neither).</summary>
    public TimeOnly? QuietStart { get; set; }

    public TimeOnly? QuietEnd { get; set; }

    /// <summary>How often the dispatcher looks for due nudges.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan DispatchInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a claim lasts; a crashed instance's nudges are retried after it.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    [Range(1, 1000)]
    public int BatchSize { get; set; } = 100;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(DefaultTimeZone, out _))
        {
            yield return new ValidationResult($"Nudges:DefaultTimeZone '{DefaultTimeZone}' is not a known time zone; use an IANA id such as Europe/Warsaw.", [nameof(DefaultTimeZone)]);
        }

        if (WorkdayStart >= WorkdayEnd)
        {
            yield return new ValidationResult($"Nudges:WorkdayStart ({WorkdayStart}) must be before Nudges:WorkdayEnd ({WorkdayEnd}).", [nameof(WorkdayStart)]);
        }

        if (QuietStart.HasValue != QuietEnd.HasValue || (QuietStart is { } start && QuietEnd is { } end && start >= end))
        {
            yield return new ValidationResult("Nudges:QuietStart and Nudges:QuietEnd go together, and the start must be before the end.", [nameof(QuietStart)]);
        }
    }
}
