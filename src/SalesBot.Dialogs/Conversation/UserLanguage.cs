namespace SalesBot.Dialogs.Conversation;

/// <summary>
/// The user's language: the one chosen with <c>settings language</c>, else the channel's locale; and what follows from it.
/// Every channel and every piece of text written outside a turn (nudges, Slack acknowledgements, the App Home) resolves it here.
/// </summary>
public static class UserLanguage
{
    /// <summary>The turn in the chosen language: "ru" replaces the channel's "en-US"; a locale already in that language stays.</summary>
    public static Turn Apply(Turn turn, string? chosen)
    {
        if (PlaybookLanguages.LanguageOf(chosen) is not { } language || PlaybookLanguages.LanguageOf(turn.Locale) == language)
        {
            return turn;
        }

        return turn with { Locale = language };
    }

    /// <summary>
    /// The language of the first locale that says one, most authoritative first (the chosen language, then what the
    /// channel reported); English when none does. A language the bot does not speak is returned as it is and written in English.
    /// </summary>
    public static string Of(params ReadOnlySpan<string?> locales)
    {
        foreach (var locale in locales)
        {
            if (PlaybookLanguages.LanguageOf(locale) is { } language)
            {
                return language;
            }
        }

        return PlaybookLanguages.English;
    }

    /// <summary>The starting price's currency for a user who has not set one: roubles in Russian, złoty in Polish.</summary>
    public static string DefaultCurrency(string? locale, string playbookCurrency) => PlaybookLanguages.LanguageOf(locale) switch
    {
        "ru" => "RUB",
        "pl" => "PLN",
        _ => playbookCurrency,
    };
}
