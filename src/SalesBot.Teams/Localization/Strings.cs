using SalesBot.Dialogs.Localization;

namespace SalesBot.Teams.Localization;

/// <summary>
/// The sentences only the Bot Framework channel writes (help and welcome cards, download links, private-chat pointers):
/// Strings.resx in English, Strings.ru.resx and Strings.pl.resx, read in the turn's UI culture. The words every channel
/// shares are in <see cref="Dialogs.Rendering.ChannelText"/>.
/// </summary>
internal static class Strings
{
    public static BotText Text { get; } = BotText.For(typeof(Strings));

    public static string Get(string key) => Text.Get(key);

    public static string Format(string key, params object?[] arguments) => Text.Format(key, arguments);
}
