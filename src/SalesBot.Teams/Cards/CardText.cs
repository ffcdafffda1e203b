using System.Globalization;
using SalesBot.Dialogs.Rendering;

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

    /// <summary>"Question 3 of 10 in Qualify for Acme", for a TextRun (the name as typed): the one progress sentence of every channel.</summary>
    public static string ProgressLine(Core.Conversations.Progress progress) => ChannelText.ProgressLine(progress);

    /// <summary>A command as the current language writes it ("export" → "экспорт", "qualify &lt;prospect&gt;" → "квалифицировать &lt;клиент&gt;"); the English words work too.</summary>
    public static string Command(string command) => Dialogs.Localization.CommandWords.LocalUsage(command.Split(' ', 2)[0], command);

    /// <summary>"…and 12 more, say " before a command.</summary>
    public static string MoreSay(int count) => ChannelText.Format("List.MoreSay", count);

    /// <summary>"…and 12 earlier, say " before a command.</summary>
    public static string MoreEarlier(int count) => ChannelText.Format("List.MoreEarlier", count);
}
