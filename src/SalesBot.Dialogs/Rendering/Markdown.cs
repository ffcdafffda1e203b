using System.Buffers;
using System.Text;

namespace SalesBot.Dialogs.Rendering;

/// <summary>
/// SalesBot's replies are light markdown (**bold**, _italic_, `code`, "- " lists). Text a user typed — a prospect name —
/// goes into them with every markup character backslash-escaped (CommonMark's escapes), so a name like
/// <c>**Evil** [x](http://evil.example)</c> shows as typed instead of as bold text and a link. Each channel renders the
/// escapes its own way: Teams and the local chat read them as CommonMark does, Slack's mrkdwn gets inert characters.
/// </summary>
public static class Markdown
{
    /// <summary>The characters escaped: the backslash itself and everything light markdown or CommonMark could read as markup.</summary>
    public const string Special = "\\*_`~[]()<>#|!";

    private static readonly SearchValues<char> SpecialChars = SearchValues.Create(Special);

    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny(SpecialChars) < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (SpecialChars.Contains(c))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
