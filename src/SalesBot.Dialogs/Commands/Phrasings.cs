using System.Text.RegularExpressions;

namespace SalesBot.Dialogs.Commands;

/// <summary>
/// A few everyday ways to say a command, rewritten to the command itself: "show me my deals" → "deals",
/// "what should I do next with acme?" → "next acme", "let's qualify acme" → "qualify acme". Deterministic and
/// small on purpose: anything else goes to the command words, then to a typo suggestion.
/// </summary>
internal static partial class Phrasings
{
    /// <summary>The command text the message means: the message itself unless a phrasing matched (then politeness and end punctuation are taken off).</summary>
    public static string Rewrite(string text)
    {
        var plain = Plain(text);
        var lead = Courtesy().Match(plain);
        var rest = lead.Success ? text.Trim()[lead.Length..].TrimStart() : text.Trim();
        if (lead.Success)
        {
            plain = plain[lead.Length..].TrimStart();
        }

        if (Pipeline().IsMatch(plain))
        {
            return "deals";
        }

        if (NextWith().Match(plain) is { Success: true } next)
        {
            return "next " + next.Groups["who"].Value.Trim();
        }

        if (ShowDeal().Match(plain) is { Success: true } show)
        {
            return "deal " + show.Groups["who"].Value.Trim();
        }

        return rest;
    }

    private static string Plain(string text)
    {
        var plain = text.Trim().Replace('\u2019', '\'');
        while (plain.Length > 1 && plain[^1] is '?' or '!' or '.')
        {
            plain = plain[..^1].TrimEnd();
        }

        return plain;
    }

    [GeneratedRegex(@"^(?:(?:please|pls|ok|okay|so|now|then|and)\s*,?\s+|(?:can|could|would) you\s+|let'?s\s+|let us\s+|i (?:want|need|would like|'d like) to\s+|i'?d like to\s+|time to\s+|go and\s+)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Courtesy();

    [GeneratedRegex(@"^(?:(?:show|list|see|view|open|give|get)(?: me)?(?: all)?(?: of)?(?: (?:my|the|our))? |my |all(?: my)? )?(?:deals|pipeline|prospects)(?: please)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pipeline();

    [GeneratedRegex(@"^(?:what'?s|what is|whats) (?:the )?next(?: step)? (?:with|for|on|about) (?<who>.+)$|^what (?:should|do|can|shall) i do (?:next )?(?:with|for|on|about) (?<who>.+?)(?: next)?$|^next (?:step )?(?:with|for|on) (?<who>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NextWith();

    [GeneratedRegex(@"^(?:show|open|see|view)(?: me)?(?: the)? deal (?:with |for |of )?(?<who>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShowDeal();
}
