using System.Globalization;
using SalesBot.Core.Nudges;

namespace SalesBot.Dialogs.Nudges;

/// <summary>How nudge kinds and due times read in messages.</summary>
public static class NudgeText
{
    public static string Kind(NudgeKind kind) => kind switch
    {
        NudgeKind.Call2 => "call 2",
        NudgeKind.Call3 => "call 3",
        NudgeKind.Letter => "personal letter",
        NudgeKind.Drop => "drop-the-prospect",
        NudgeKind.Entry => "entry after the pause",
        NudgeKind.Prepare => "meeting preparation",
        NudgeKind.Stalled => "stalled deal",
        NudgeKind.Feedback => "feedback",
        NudgeKind.Reentry => "re-entry",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>"Wed 25 Nov 09:00" in the user's zone.</summary>
    public static string When(WorkingCalendar calendar, DateTimeOffset at) =>
        calendar.Local(at).ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture);
}
