using System.Text.RegularExpressions;

namespace SalesBot.Dialogs.Prompts;

/// <summary>Reads yes / no / unsure ("y", "n", "not sure", ...), with an optional note after the choice.</summary>
internal static partial class YesNoRecognizer
{
    public const string Example = "no - they use in-house staff";

    public static Recognition Recognize(string text)
    {
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return Recognition.Fail("Please answer yes, no or unsure (you can add a note after it).");
        }

        var word = match.Groups["word"].Value.ToLowerInvariant();
        var value = word switch
        {
            "yes" or "y" or "yeah" or "yep" or "yup" or "true" => "yes",
            "no" or "n" or "nope" or "nah" or "false" => "no",
            _ => "unsure",
        };
        return Recognition.Ok(value, NoteSplitter.NoteAfter(text, match.Length));
    }

    [GeneratedRegex(@"^\s*(?<word>not\s+sure|don'?t\s+know|no\s+idea|unsure|maybe|idk|yes|yeah|yep|yup|true|y|no|nope|nah|false|n)(?=$|[\s\-–—,:;.!(])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
