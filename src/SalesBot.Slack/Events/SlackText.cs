using System.Text.RegularExpressions;

namespace SalesBot.Slack.Events;

/// <summary>
/// Message text as Slack sends it, back to what the user typed: the bot's mention removed, links and mentions to
/// their labels, and &amp;amp; &amp;lt; &amp;gt; decoded.
/// </summary>
internal static partial class SlackText
{
    public static string Clean(string? text, string? botUserId)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (botUserId is { Length: > 0 })
        {
            text = text.Replace($"<@{botUserId}>", "", StringComparison.Ordinal);
        }

        text = Special().Replace(text, match =>
        {
            var inner = match.Groups[1].Value;
            var bar = inner.IndexOf('|', StringComparison.Ordinal);
            var target = bar < 0 ? inner : inner[..bar];
            var label = bar < 0 ? null : inner[(bar + 1)..];
            return target[0] switch
            {
                '@' => "@" + (label ?? target[1..]),
                '#' => "#" + (label ?? target[1..]),
                '!' => label ?? "@" + target[1..],
                _ => label ?? (target.StartsWith("mailto:", StringComparison.Ordinal) ? target[7..] : target),
            };
        });
        return text.Replace("&lt;", "<", StringComparison.Ordinal)
            .Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal)
            .Trim();
    }

    /// <summary>Removes a leading mention of anyone (an app_mention starts with the bot's own, whose id may be unknown).</summary>
    public static string WithoutLeadingMention(string? text) =>
        string.IsNullOrEmpty(text) ? "" : LeadingMention().Replace(text, "", 1);

    [GeneratedRegex("<([^<>]+)>")]
    private static partial Regex Special();

    [GeneratedRegex(@"^\s*<@[A-Z0-9]+(\|[^>]*)?>\s*")]
    private static partial Regex LeadingMention();
}
