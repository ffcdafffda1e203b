using System.Globalization;
using SalesBot.Core.Localization;
using SalesBot.Core.Nudges;

namespace SalesBot.Dialogs.Nudges;

/// <summary>How nudge kinds and due times read in messages, in the current language.</summary>
public static class NudgeText
{
    /// <summary>"call 2", "personal letter", "re-entry" ….</summary>
    public static string Kind(NudgeKind kind) => DealWords.Nudge(kind);

    /// <summary>"Wed 25 Nov 09:00" in the user's zone and language.</summary>
    public static string When(WorkingCalendar calendar, DateTimeOffset at) =>
        calendar.Local(at).ToString("ddd d MMM HH:mm", CultureInfo.CurrentUICulture);
}
