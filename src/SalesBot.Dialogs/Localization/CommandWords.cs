using System.Globalization;
using System.Text.RegularExpressions;

namespace SalesBot.Dialogs.Localization;

/// <summary>
/// The words each language adds for a command or a word that works inside a flow (resources "Alias.&lt;command&gt;",
/// "|"-separated: "квалифицировать|квалификация", "kwalifikuj|kwalifikacja"). The English command words work for
/// everyone; so do the other languages' words, since none of them means anything else.
/// </summary>
public static partial class CommandWords
{
    [GeneratedRegex(@"(?<=[<\[])(\w+)(?=[>\]])")]
    private static partial Regex Placeholder();

    /// <summary>The words <paramref name="language"/> adds for <paramref name="command"/>.</summary>
    public static IReadOnlyList<string> In(string command, string language) =>
        Strings.Text.Words("Alias." + command, BotCulture.For(language));

    /// <summary>Every language's words for <paramref name="command"/>.</summary>
    public static IEnumerable<string> All(string command) =>
        BotCulture.Languages.SelectMany(language => In(command, language)).Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>The word to show in the current language: its first alias, else the English command word.</summary>
    public static string Local(string command) => In(command, BotCulture.Current) is [var first, ..] ? first : command;

    /// <summary>
    /// "qualify &lt;prospect&gt;" as the current language writes it: "квалификация &lt;клиент&gt;". A usage whose words are
    /// more than the command and its placeholders (the links of "stage", the touches of "log") is translated whole, as
    /// "Usage.&lt;command&gt;" (empty in English: the command's own usage).
    /// </summary>
    public static string LocalUsage(string command, string usage)
    {
        if (Strings.Text.Localizer["Usage." + command] is { ResourceNotFound: false, Value.Length: > 0 } translated)
        {
            return PseudoLocale.Mark(translated.Value);
        }

        var local = Local(command);
        var text = usage.StartsWith(command, StringComparison.Ordinal) ? local + usage[command.Length..] : usage;
        return Placeholder().Replace(text, match => Strings.Text.Find("Placeholder." + match.Groups[1].Value) ?? match.Value);
    }

    /// <summary>
    /// The sub-word of <paramref name="command"/> a word names in any language, the English one given back:
    /// ("nudges", "пауза", "pause", "resume") → "pause". The words are "Alias.&lt;command&gt;.&lt;sub-word&gt;".
    /// </summary>
    public static string? Sub(string command, string word, params string[] subWords)
    {
        foreach (var sub in subWords)
        {
            if (string.Equals(word, sub, StringComparison.OrdinalIgnoreCase) || All(command + "." + sub).Contains(word, StringComparer.OrdinalIgnoreCase))
            {
                return sub;
            }
        }

        return null;
    }

    /// <summary>The command a word names in any language, the English word given back: "сделки" → "deals".</summary>
    public static string? Canonical(string word, IEnumerable<string> commands)
    {
        foreach (var command in commands)
        {
            if (string.Equals(word, command, StringComparison.OrdinalIgnoreCase) || All(command).Contains(word, StringComparer.OrdinalIgnoreCase))
            {
                return command;
            }
        }

        return null;
    }
}
