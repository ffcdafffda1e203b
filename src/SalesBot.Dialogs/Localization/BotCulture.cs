using System.Globalization;

namespace SalesBot.Dialogs.Localization;

/// <summary>
/// The culture the bot writes a turn in: English, Russian or Polish, from the user's language ("ru-RU", "pl", "en-US").
/// The turn's text is looked up in <see cref="CultureInfo.CurrentUICulture"/>; number and date formats of stored values
/// are not touched (<see cref="CultureInfo.CurrentCulture"/> stays as it is).
/// </summary>
public static class BotCulture
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru");
    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl");

    /// <summary>The languages the bot speaks: its resources exist in each.</summary>
    public static IReadOnlyList<string> Languages { get; } = [PlaybookLanguages.English, "ru", "pl"];

    /// <summary>The bot's culture for a locale; English for none or a language it does not speak.</summary>
    public static CultureInfo For(string? locale) => PlaybookLanguages.LanguageOf(locale) switch
    {
        "ru" => Russian,
        "pl" => Polish,
        _ => English,
    };

    /// <summary>The two-letter language the bot writes in right now: "en", "ru" or "pl".</summary>
    public static string Current => For(CultureInfo.CurrentUICulture.Name).TwoLetterISOLanguageName;

    /// <summary>
    /// Writes in the language of <paramref name="locale"/> until the scope is disposed; a null locale keeps the current one.
    /// Set in an async method, the culture flows into everything that method awaits and ends with it.
    /// </summary>
    public static CultureScope Use(string? locale)
    {
        var previous = CultureInfo.CurrentUICulture;
        if (locale is not null)
        {
            CultureInfo.CurrentUICulture = For(locale);
        }

        return new CultureScope(previous);
    }
}
