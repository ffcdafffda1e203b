using SalesBot.Dialogs.Localization;

namespace SalesBot.Slack.Localization;

/// <summary>
/// The sentences only the Slack channel writes (App Home, the "Start coaching" modal, acks and notes of its own):
/// Strings.resx in English, Strings.ru.resx and Strings.pl.resx, read in the turn's UI culture. The words every channel
/// shares are in <see cref="Dialogs.Rendering.ChannelText"/>.
/// </summary>
internal static class Strings
{
    public static BotText Text { get; } = BotText.For(typeof(Strings));

    public static string Get(string key) => Text.Get(key);

    public static string Format(string key, params object?[] arguments) => Text.Format(key, arguments);
}
