using System.Text.RegularExpressions;

namespace SalesBot.Dialogs.Prompts;

/// <summary>
/// Reads yes / no / unsure in English, Russian or Polish ("y", "да", "tak", "не знаю", "nie wiem", ...), with an optional
/// note after the choice, and with a letter held down ("yess", "noo"). Every user is understood in every language; the stored value is always yes, no or unsure.
/// </summary>
internal static partial class YesNoRecognizer
{
    public static string Example => Localization.Strings.Get("Example.YesNo");

    private static readonly HashSet<string> Yes = new(StringComparer.OrdinalIgnoreCase)
    {
        "yes", "y", "yeah", "yep", "yup", "true", "да", "ага", "угу", "конечно", "tak", "jasne", "oczywiście",
    };

    private static readonly HashSet<string> No = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "n", "nope", "nah", "false", "нет", "неа", "nie",
    };

    public static Recognition Recognize(string text)
    {
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return Recognition.Fail(Localization.Strings.Get("Retry.YesNo"));
        }

        var word = Squeeze(match.Groups["word"].Value);
        var value = Yes.Contains(word) ? "yes" : No.Contains(word) ? "no" : "unsure";
        return Recognition.Ok(value, NoteSplitter.NoteAfter(text, match.Length));
    }

    /// <summary>"yesss" → "yes", "noo" → "no": a letter held down, as people type in chat.</summary>
    private static string Squeeze(string word) =>
        string.Concat(word.Where((c, i) => i == 0 || char.ToLowerInvariant(c) != char.ToLowerInvariant(word[i - 1])));

    // Longer phrases first, so that "nie wiem" is unsure and "не знаю" is not read as "нет".
    [GeneratedRegex(
        @"^\s*(?<word>not\s+sure|don'?t\s+know|no\s+idea|unsure|maybe|idk"
        + @"|не\s+знаю|не\s+уверена?|не\s+понятно|непонятно|может\s+быть|возможно|наверное|хз"
        + @"|nie\s+wiem|nie\s+jestem\s+pewien|nie\s+jestem\s+pewna|nie\s+wiadomo|może|chyba|trudno\s+powiedzieć"
        + @"|y+e+s+|y+e+a+h+|y+e+p+|y+u+p+|true|y+|n+o+|n+o+p+e+|n+a+h+|false|n+|да|ага|угу|конечно|нет|неа|tak|jasne|oczywiście|nie)(?=$|[\s\-–—,:;.!(])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
