using System.Buffers;
using System.Text;

namespace SalesBot.Core.Conversations;

/// <summary>
/// Text a user typed — a prospect name, an answer, a note, a touch outcome, a close reason — as one distinct part of a
/// reply. Replies are light markdown (**bold**, _italic_, `code`, "- " lists); a <see cref="UserText"/> goes into them
/// only by interpolation, which writes it with every markup character backslash-escaped (CommonMark's escapes), so
/// <c>*Acme_* &lt;b&gt;&amp;</c> can never open bold, italics, code, a tag or an entity. Each channel's renderer turns the
/// escaped part into its own escaping: HTML entities in the local chat, inert characters in Slack's mrkdwn, CommonMark
/// escapes and entities in Teams. Structured replies (<see cref="DealReply"/>, <see cref="PipelineReply"/>, ...) carry the
/// raw text, and each renderer escapes those fields through its channel's one escaping function.
/// </summary>
public readonly record struct UserText(string Value)
{
    /// <summary>Every character light markdown, CommonMark or HTML could read as markup, and the backslash itself.</summary>
    public const string Special = "\\*_`~[]<>#|&";

    private static readonly SearchValues<char> SpecialChars = SearchValues.Create(Special);

    /// <summary>The light-markdown form: the text with each <see cref="Special"/> character backslash-escaped.</summary>
    public override string ToString() => Escape(Value);

    /// <summary>A user's text for a light-markdown reply (what interpolating a <see cref="UserText"/> writes).</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny(SpecialChars) < 0)
        {
            return text ?? "";
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

    /// <summary>
    /// Light markdown back to what the user reads, with no markup: escaped characters lose their backslash, and
    /// <c>**</c> and code backticks of SalesBot's own go. For previews, notifications and plain fallbacks.
    /// </summary>
    public static string Plain(string markdown)
    {
        var text = new StringBuilder(markdown.Length);
        for (var i = 0; i < markdown.Length; i++)
        {
            var c = markdown[i];
            if (c == '\\' && i + 1 < markdown.Length && SpecialChars.Contains(markdown[i + 1]))
            {
                text.Append(markdown[++i]);
                continue;
            }

            if (c == '`' || (c == '*' && i + 1 < markdown.Length && markdown[i + 1] == '*'))
            {
                i += c == '*' ? 1 : 0;
                continue;
            }

            text.Append(c);
        }

        return text.ToString();
    }
}
