using System.Globalization;

namespace SalesBot.Teams.Cards;

/// <summary>Small text helpers shared by the cards.</summary>
internal static class CardText
{
    /// <summary>The text cut to at most <paramref name="max"/> characters, ending with "…" when cut.</summary>
    public static string Truncate(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1).TrimEnd(), "…");

    public static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// A light-markdown text (SalesBot's own words with the user's text escaped, see <see cref="Core.Conversations.UserText"/>)
    /// for a place that shows text as it is — a TextRun, a fact, the fallback text: no markup, no escapes.
    /// </summary>
    public static string Plain(string markdown) => Core.Conversations.UserText.Plain(markdown);

    /// <summary>"Question 3 of 10 · Qualify · Acme", for a TextRun (the name as typed).</summary>
    public static string ProgressLine(Core.Conversations.Progress progress) =>
        $"Question {progress.Current} of {progress.Total} · {progress.Flow} · {progress.Prospect}";

    /// <summary>"…and 12 more".</summary>
    public static string More(int count) => $"…and {count} more";
}
