using System.Text.RegularExpressions;

namespace SalesBot.Dialogs.Prompts;

/// <summary>
/// Reads yes / no / unsure in English, Russian or Polish ("y", "да", "tak", "не знаю", "nie wiem", ...), with an optional
/// note after the choice. Every user is understood in every language; the stored value is always yes, no or unsure.
/// </summary>
internal static partial class YesNoRecognizer
{
    public const string Example = "no - they use in-house staff";

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
            return Recognition.Fail("Please answer yes, no or unsure (you can add a note after it).");
        }

        var word = match.Groups["word"].Value;
        var value = Yes.Contains(word) ? "yes" : No.Contains(word) ? "no" : "unsure";
        return Recognition.Ok(value, NoteSplitter.NoteAfter(text, match.Length));
    }

    // Longer phrases first, so that "nie wiem" is unsure and "не знаю" is not read as "нет".
    [GeneratedRegex(
        @"^\s*(?<word>not\s+sure|don'?t\s+know|no\s+idea|unsure|maybe|idk"
        + @"|не\s+знаю|не\s+уверена?|не\s+понятно|непонятно|может\s+быть|возможно|наверное|хз"
        + @"|nie\s+wiem|nie\s+jestem\s+pewien|nie\s+jestem\s+pewna|nie\s+wiadomo|może|chyba|trudno\s+powiedzieć"
        + @"|yes|yeah|yep|yup|true|y|no|nope|nah|false|n|да|ага|угу|конечно|нет|неа|tak|jasne|oczywiście|nie)(?=$|[\s\-–—,:;.!(])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
