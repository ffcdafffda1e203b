using SalesBot.Dialogs.Localization;

namespace SalesBot.Host.Localization;

/// <summary>
/// The local chat page's own words (see <see cref="ChatPageText"/>): Strings.resx in English, Strings.ru.resx and
/// Strings.pl.resx.
/// </summary>
internal static class Strings
{
    public static BotText Text { get; } = BotText.For(typeof(Strings));

    public static string Get(string key) => Text.Get(key);

    public static string Format(string key, params object?[] arguments) => Text.Format(key, arguments);
}
