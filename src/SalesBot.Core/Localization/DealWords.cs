using SalesBot.Core.Deals;
using SalesBot.Core.Nudges;

namespace SalesBot.Core.Localization;

/// <summary>Core's words for the domain's values in the current language: links of the deal cycle, statuses, touches, nudge kinds.</summary>
public static class DealWords
{
    /// <summary>"engagement" … "exit" (lower case, as in running text).</summary>
    public static string Link(DealLink link) => CoreText.Get("Link." + link);

    /// <summary>"open", "won", "lost", "dropped".</summary>
    public static string Status(DealStatus status) => CoreText.Get("Status." + status);

    /// <summary>"call", "letter", "meeting".</summary>
    public static string Touch(TouchKind kind) => CoreText.Get("Touch." + kind);

    /// <summary>"call 2", "personal letter", "re-entry" …; the kind's own name for one the resources do not know.</summary>
    public static string Nudge(NudgeKind kind) => CoreText.Find("NudgeKind." + kind) ?? kind.ToString().ToLowerInvariant();
}
