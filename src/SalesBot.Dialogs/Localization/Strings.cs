namespace SalesBot.Dialogs.Localization;

/// <summary>
/// The sentences of SalesBot.Dialogs (commands, prompts, retries, errors, help, verdict lines, nudges, exports):
/// Strings.resx in English, Strings.ru.resx and Strings.pl.resx, read in the turn's UI culture.
/// </summary>
internal static class Strings
{
    public static BotText Text { get; } = BotText.For(typeof(Strings));

    public static string Get(string key) => Text.Get(key);

    public static string Format(string key, params object?[] arguments) => Text.Format(key, arguments);
}
