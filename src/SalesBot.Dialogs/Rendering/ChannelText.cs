using SalesBot.Core.Conversations;
using SalesBot.Dialogs.Localization;

namespace SalesBot.Dialogs.Rendering;

/// <summary>
/// The words every channel's renderer writes the same way (Teams cards, Slack Block Kit): input labels, answered-question
/// lines, deal and pipeline headings, hints, the progress line and the reminder digest. ChannelText.resx in English,
/// ChannelText.ru.resx and ChannelText.pl.resx, read in the turn's UI culture; each channel keeps its own sentences in
/// its own resources.
/// </summary>
public static class ChannelText
{
    /// <summary>The command words that work while a question is open, as the hints list them.</summary>
    private static readonly string[] WhileAnsweringWords = ["back", "skip", "status", "help", "cancel"];

    /// <summary>The currencies offered next to an amount; the question's own currency comes first when it is not one of them.</summary>
    private static readonly string[] CommonCurrencies = ["USD", "EUR", "GBP", "PLN", "RUB", "CHF", "CAD", "AUD"];

    public static BotText Text { get; } = BotText.For(typeof(ChannelText));

    public static string Get(string key) => Text.Get(key);

    public static string Format(string key, params object?[] arguments) => Text.Format(key, arguments);

    /// <summary>"Question 3 of 10 in Qualify for Acme" — the one progress sentence, as the text replies write it.</summary>
    public static string ProgressLine(Progress progress) => TextRenderer.ProgressLine(progress);

    /// <summary>The heading of several reminders sent at once: "Your 3 reminders for today".</summary>
    public static string NudgeDigest(int count) => Format("Nudge.Digest", count);

    /// <summary>"back, skip, status, help and cancel" in the current language's command words, each shown by <paramref name="command"/>.</summary>
    public static string WhileAnswering(Func<string, string> command) =>
        List([.. WhileAnsweringWords.Select(word => command(CommandWords.Local(word)))]);

    /// <summary>
    /// The line under a question's answer controls: pick a button, or fill the inputs (a select of choices, or an amount,
    /// date, number or text) and press Submit, or type in the chat; and the command words that work too, each shown by
    /// <paramref name="command"/>.
    /// </summary>
    public static string QuestionHint(bool buttons, bool submit, bool choiceInput, Func<string, string> command)
    {
        var words = WhileAnswering(command);
        var press = Get("Input.Submit");
        return (buttons, submit, choiceInput) switch
        {
            (true, _, _) => Format("Hint.Buttons", words),
            (false, true, true) => Format("Hint.Choice", press, words),
            (false, true, false) => Format("Hint.Submit", press, words),
            _ => Format("Hint.Type", words),
        };
    }

    /// <summary>"a, b and c" in the current language.</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => Format("List.And", string.Join(", ", items.Take(items.Count - 1)), items[^1]),
    };

    /// <summary>The currency codes to offer for an amount, <paramref name="preferred"/> (or USD) first among them.</summary>
    public static (IReadOnlyList<string> Codes, string Preferred) Currencies(string? preferred)
    {
        var first = string.IsNullOrWhiteSpace(preferred) ? "USD" : preferred.Trim().ToUpperInvariant();
        return (CommonCurrencies.Contains(first) ? CommonCurrencies : [first, .. CommonCurrencies], first);
    }
}
