using SalesBot.Core.Deals;
using SalesBot.Core.Playbooks;
using SalesBot.Core.Qualification;

namespace SalesBot.Dialogs.Localization;

/// <summary>The bot's words for the domain's values, in the current language: verdicts, severities, links, statuses, touches.</summary>
public static class Words
{
    /// <summary>"qualified", "needs work", "walk away".</summary>
    public static string Verdict(Verdict verdict) => Strings.Get("Verdict." + verdict);

    /// <summary>"Red flag", "Blocker", "Hard stop".</summary>
    public static string Severity(Severity severity) => Strings.Get("Severity." + severity);

    /// <summary>The link of the deal cycle: "Engagement" ... "Exit".</summary>
    public static string Link(DealLink link) => Strings.Get("Link." + link);

    /// <summary>The link a word names: its number (1–7), its English name or its name in any language ("вход", "umowa"); null for none.</summary>
    public static DealLink? ParseLink(string text)
    {
        if (DealLinks.TryParse(text, out var link))
        {
            return link;
        }

        var word = text.Trim();
        return Enum.GetValues<DealLink>().Cast<DealLink?>().FirstOrDefault(candidate =>
            BotCulture.Languages.Any(language => Strings.Text.Words("Link." + candidate, BotCulture.For(language)).Contains(word, StringComparer.OrdinalIgnoreCase)));
    }

    /// <summary>A day as a sentence names it ("until …", "the meeting on …"): "Friday 18 December", "18 декабря (пятница)".</summary>
    public static string LongDay(DateOnly day) => day.ToString(Strings.Text.Localizer["Format.LongDay"], System.Globalization.CultureInfo.CurrentUICulture);

    /// <summary>"open", "won", "lost", "dropped".</summary>
    public static string Status(DealStatus status) => Strings.Get("Status." + status);

    /// <summary>A word as a heading: its first letter in upper case ("won" → "Won").</summary>
    public static string Heading(string word)
    {
        var at = word.TakeWhile(c => !char.IsLetter(c)).Count();
        return at < word.Length ? string.Concat(word.AsSpan(0, at), char.ToUpper(word[at], System.Globalization.CultureInfo.CurrentUICulture).ToString(), word.AsSpan(at + 1)) : word;
    }

    /// <summary>"call", "letter", "meeting".</summary>
    public static string Touch(TouchKind kind) => Strings.Get("Touch." + kind);

    /// <summary>The kind of touch a word names in any language ("call", "звонок", "telefon"); null for none.</summary>
    public static TouchKind? ParseTouch(string word) =>
        Enum.GetValues<TouchKind>().Cast<TouchKind?>().FirstOrDefault(kind =>
            string.Equals(word, kind.ToString(), StringComparison.OrdinalIgnoreCase)
            || BotCulture.Languages.Any(language => Strings.Text.Words("Touch." + kind, BotCulture.For(language)).Contains(word, StringComparer.OrdinalIgnoreCase)));
}
