using System.Globalization;
using System.Text.RegularExpressions;
using SalesBot.Core.Values;

namespace SalesBot.Dialogs.Prompts;

/// <summary>Reads a number ("3", "2.5", "1,200", "two", "три", "dwa"), with any words after it kept as a note.</summary>
internal static partial class NumberRecognizer
{
    public const string Example = "3";

    private static readonly Regex WordPattern = new(
        @"^\s*(?<word>" + NumberWords.Pattern + @")(?=$|[\s\-–—,:;.!(])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    public static Recognition Recognize(string text)
    {
        var match = Pattern().Match(text);
        if (match.Success)
        {
            var number = NumberText.Parse(match.Groups["num"].Value);
            return Recognition.Ok(number.ToString("0.##", CultureInfo.InvariantCulture), NoteSplitter.NoteAfter(text, match.Length));
        }

        var word = WordPattern.Match(text);
        if (word.Success && NumberWords.TryParse(word.Groups["word"].Value, out var value))
        {
            return Recognition.Ok(value.ToString(CultureInfo.InvariantCulture), NoteSplitter.NoteAfter(text, word.Length));
        }

        return Recognition.Fail(Localization.Strings.Get("Retry.Number"));
    }

    [GeneratedRegex(@"^\s*(?<num>-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+,\d{1,2}(?!\d)|-?\d+(?:\.\d+)?)(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
