using System.Text;

namespace SalesBot.Slack.BlockKit;

/// <summary>
/// Slack's mrkdwn: &amp;, &lt; and &gt; escaped, *bold*, _italic_, `code`. SalesBot's replies use light markdown
/// (**bold**, _italic_, `code`, "- " list lines), which is converted here.
/// </summary>
internal static partial class Mrkdwn
{
    /// <summary>Escapes the three characters Slack reads as control sequences.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>
    /// Text a user typed (a raw field of a structured reply: a prospect name, an answer, a note) as mrkdwn that shows it as
    /// typed: &amp;, &lt; and &gt; escaped, and *, _, ~ and backticks made inert (mrkdwn has no escapes).
    /// </summary>
    public static string User(string text) => Unescape(Escape(Core.Conversations.UserText.Escape(text)), inert: true);

    /// <summary>Converts light markdown to mrkdwn; user text inside it is escaped so it can never form a link or mention.</summary>
    public static string FromMarkdown(string markdown)
    {
        var lines = Escape(markdown).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var text = new StringBuilder(markdown.Length + 16);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                text.Append('\n');
            }

            var line = lines[i];
            if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                line = "• " + line[2..];
            }

            text.Append(Unescape(line.Replace("**", "*", StringComparison.Ordinal), inert: true));
        }

        return text.ToString();
    }

    /// <summary>
    /// Backslash-escaped characters (user text quoted by SalesBot) lose the backslash. Mrkdwn has no escapes, so with
    /// <paramref name="inert"/> a formatting character gets zero-width spaces on both sides: it can neither open nor close.
    /// </summary>
    private static string Unescape(string text, bool inert) => !text.Contains('\\', StringComparison.Ordinal)
        ? text
        : Escaped().Replace(text, m => inert && m.Groups[1].Value is "*" or "_" or "~" or "`" ? $"\u200B{m.Groups[1].Value}\u200B" : m.Groups[1].Value);

    [System.Text.RegularExpressions.GeneratedRegex(@"\\([\\*_`~\[\]()<>#|!&])")]
    private static partial System.Text.RegularExpressions.Regex Escaped();

    /// <summary>A backtick of SalesBot's own (a code span), not one a user typed (escaped).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\\)`")]
    private static partial System.Text.RegularExpressions.Regex CodeTick();

    /// <summary>Mrkdwn as plain text for notifications and the fallback <c>text</c>: no stars or backticks.</summary>
    public static string Plain(string markdown) =>
        Unescape(CodeTick().Replace(markdown.Replace("**", "", StringComparison.Ordinal), ""), inert: false);

    /// <summary>Cuts text to at most <paramref name="max"/> characters, ending with an ellipsis when cut.</summary>
    public static string Truncate(string text, int max) =>
        text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
