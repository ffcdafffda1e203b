namespace SalesBot.Dialogs.Conversation;

/// <summary>The user's language: the one chosen with <c>settings language</c>, else the channel's locale; and what follows from it.</summary>
internal static class UserLanguage
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

    /// <summary>The starting price's currency for a user who has not set one: roubles in Russian, złoty in Polish.</summary>
    public static string DefaultCurrency(string? locale, string playbookCurrency) => PlaybookLanguages.LanguageOf(locale) switch
    {
        "ru" => "RUB",
        "pl" => "PLN",
        _ => playbookCurrency,
    };
}
