using System.Text;
using System.Text.RegularExpressions;

namespace SalesBot.Testing.Localization;

/// <summary>
/// Finds English left in a reply written under the pseudo-locale (resource text wrapped in ⟦ ⟧): what is outside the
/// brackets and outside `code` must be the user's own data or the playbook's text in the user's language. In Russian
/// any Latin word there is suspect; in Polish (Latin script) the English words that Polish does not share are.
/// </summary>
public static partial class EnglishLiterals
{
    /// <summary>Common English words that are not Polish words, so a Polish sentence never contains them.</summary>
    private static readonly HashSet<string> EnglishOnly = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "you", "your", "and", "of", "is", "are", "was", "for", "with", "this", "that", "what", "when", "say",
        "answer", "answers", "question", "questions", "deal", "deals", "next", "step", "recorded", "verdict", "score",
        "red", "flag", "flags", "why", "there", "here", "have", "has", "not", "nothing", "all", "been", "will", "can",
        "prospect", "stage", "again", "reply", "send", "try", "tip", "yes", "done", "from", "into", "about", "it",
        "personal", "hello", "best", "letter", "summary", "satisfied", "would", "could", "should", "did", "our", "then",
        "once", "more", "only", "until", "since", "reminder", "reminders", "today", "open", "qualified", "walk", "away",
        "worth", "look", "above", "below", "than", "work", "finish", "find", "out", "before", "after", "invest", "update",
        "stay", "offer", "time", "right", "closed", "reason", "first", "screen", "blocker", "hard", "stop", "watch",
        "answered", "learn", "call", "calls", "name", "they", "them", "their", "who", "which", "one", "any", "these",
        "could", "named", "no", "none", "yet", "asked", "ask", "got", "went", "well", "keep", "doing", "differently",
        "recommend", "help", "overall", "exactly", "writing", "relationship", "mind", "project", "surprised", "talk",
        "priorities", "change", "last", "note", "desk", "pick", "where", "left", "off", "spoke", "told", "set",
    };

    [GeneratedRegex(@"`[^`]*`")]
    private static partial Regex Code();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    /// <summary>The words of <paramref name="text"/> that look like English outside resources, code and <paramref name="allowed"/> data.</summary>
    public static IReadOnlyList<string> Find(string text, string language, IEnumerable<string> allowed)
    {
        var outside = Code().Replace(OutsideBrackets(text), " ");
        foreach (var data in allowed.OrderByDescending(a => a.Length))
        {
            outside = outside.Replace(data, " ", StringComparison.OrdinalIgnoreCase);
        }

        return Word().Matches(outside)
            .Select(m => m.Value)
            .Where(word => language == "pl" ? EnglishOnly.Contains(word) : word.Any(c => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z'))
            .ToList();
    }

    /// <summary>The text with every ⟦…⟧ (nested ones too) taken out.</summary>
    public static string OutsideBrackets(string text)
    {
        var outside = new StringBuilder();
        var depth = 0;
        foreach (var c in text)
        {
            if (c == '⟦')
            {
                depth++;
            }
            else if (c == '⟧')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0)
            {
                outside.Append(c);
            }
        }

        return outside.ToString();
    }
}
