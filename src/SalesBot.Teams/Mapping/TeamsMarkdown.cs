using System.Text;
using System.Text.RegularExpressions;

namespace SalesBot.Teams.Mapping;

/// <summary>
/// SalesBot's light markdown (**bold**, _italic_, `code`, "- " bullets, line breaks) as Teams shows it right:
/// <list type="bullet">
/// <item>&lt;, &gt; and &amp; outside code become entities (Teams reads message text as HTML, so a bare &lt;prospect&gt; is a tag);</item>
/// <item>Teams shows entities inside code literally (`qualify &amp;lt;prospect&amp;gt;`), so a code span never carries them: its
/// placeholders move out of the code, in italics (`qualify` _&lt;prospect&gt;_), and a span with &amp; becomes plain text;</item>
/// <item>a list ends before the next paragraph (a blank line), or Teams runs "Weights: …" into the last bullet;</item>
/// <item>*, _ and backticks inside code stay as they are (code is literal).</item>
/// </list>
/// </summary>
internal static partial class TeamsMarkdown
{
    public static string Render(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var text = new StringBuilder(markdown.Length + 16);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                text.Append('\n');
                if (IsBullet(lines[i - 1]) && !IsBullet(lines[i]) && lines[i].Trim().Length > 0)
                {
                    text.Append('\n');
                }
            }

            text.Append(Inline(lines[i]));
        }

        return text.ToString();
    }

    /// <summary>The first line as plain words, for the chat preview and notifications: no **, backticks, _italics_ or bullet.</summary>
    public static string Plain(string markdown)
    {
        var line = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', 2)[0].Trim();
        if (line.StartsWith("- ", StringComparison.Ordinal))
        {
            line = line[2..];
        }

        return Core.Conversations.UserText.Plain(Italics().Replace(line, "$1$2$3")).Trim();
    }

    private static bool IsBullet(string line) => line.StartsWith("- ", StringComparison.Ordinal);

    private static string Inline(string line)
    {
        var text = new StringBuilder(line.Length + 8);
        var at = 0;
        while (true)
        {
            var open = CodeTick(line, at);
            var close = open < 0 ? -1 : line.IndexOf('`', open + 1);
            if (close < 0)
            {
                text.Append(Escape(line[at..]));
                return text.ToString();
            }

            text.Append(Escape(line[at..open]));
            text.Append(Code(line[(open + 1)..close]));
            at = close + 1;
        }
    }

    /// <summary>The next backtick of SalesBot's own (a code span) from <paramref name="from"/>; a user's backtick is escaped.</summary>
    private static int CodeTick(string line, int from)
    {
        for (var i = from; i < line.Length; i++)
        {
            if (line[i] == '\\' && i + 1 < line.Length)
            {
                i++;
                continue;
            }

            if (line[i] == '`')
            {
                return i;
            }
        }

        return -1;
    }

    private static string Code(string code)
    {
        if (code.IndexOfAny(['<', '>', '&']) < 0)
        {
            return "`" + code + "`";
        }

        var text = new StringBuilder();
        foreach (var part in Placeholder().Split(code))
        {
            if (part.Length == 0)
            {
                continue;
            }

            if (Placeholder().IsMatch(part))
            {
                text.Append('_').Append(Escape(part)).Append('_');
                continue;
            }

            var word = part.Trim();
            var leading = part[..(part.Length - part.TrimStart().Length)];
            var trailing = part[part.TrimEnd().Length..];
            text.Append(leading);
            if (word.Length > 0)
            {
                text.Append(word.IndexOfAny(['<', '>', '&']) < 0 ? "`" + word + "`" : Escape(word));
            }

            text.Append(trailing);
        }

        return text.ToString();
    }

    /// <summary>
    /// &amp;, &lt; and &gt; as entities (Teams reads HTML). A user's escaped character (<see cref="Core.Conversations.UserText"/>)
    /// keeps its CommonMark backslash, except &amp;, &lt; and &gt;, which are entities already and would show the backslash.
    /// </summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && Core.Conversations.UserText.Special.Contains(text[i + 1], StringComparison.Ordinal))
            {
                c = text[++i];
                if (c is not ('&' or '<' or '>'))
                {
                    escaped.Append('\\');
                }
            }

            escaped.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", _ => c.ToString() });
        }

        return escaped.ToString();
    }

    /// <summary>"&lt;prospect&gt;", "&lt;amount&gt;": a placeholder inside a command.</summary>
    [GeneratedRegex("(<[^<>`]*>)")]
    private static partial Regex Placeholder();

    /// <summary>_italic_ at word edges (snake_case names keep their underscores).</summary>
    [GeneratedRegex(@"(^|[^\w\\])_([^_]+)(?<!\\)_(\W|$)")]
    private static partial Regex Italics();
}
