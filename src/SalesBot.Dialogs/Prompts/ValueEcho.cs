using System.Globalization;
using SalesBot.Core.Values;

namespace SalesBot.Dialogs.Prompts;

/// <summary>
/// The confirmation of a read answer in the user's language and format: "Recorded: Fri 4 Dec 2026",
/// "Записано: пт, 4 дек. 2026", "Zapisano: 5 000 PLN". Null when the typed text plainly is the value ("yes", "3", a pressed choice).
/// </summary>
public static class ValueEcho
{
    public static string? For(AnswerKind kind, string typed, Recognition recognition, string? locale)
    {
        if (!recognition.Succeeded || kind is AnswerKind.Text or AnswerKind.Choice)
        {
            return null;
        }

        var culture = Cultures.For(locale);
        var language = culture.TwoLetterISOLanguageName;
        var value = recognition.Value;
        string shown;
        switch (kind)
        {
            case AnswerKind.YesNo:
                if (IsEnglishWord(typed))
                {
                    return null; // yes, y, nope, not sure: what was typed is plainly the value; да, tak, nie wiem are confirmed
                }

                shown = YesNoWord(value, language);
                break;
            case AnswerKind.Date:
                shown = DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? Date(date, culture)
                    : UnknownWord(language);
                break;
            case AnswerKind.Money:
                shown = Money.TryParseStored(value, out var money)
                    ? $"{money.Amount.ToString("#,0.##", culture)} {money.Currency}"
                    : UnknownWord(language);
                break;
            default:
                if (typed.Trim() == value && recognition.Note is null)
                {
                    return null;
                }

                shown = decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number.ToString("#,0.##", culture) : value;
                break;
        }

        var note = recognition.Note is { } n ? $" ({new UserText(n)})" : "";
        return $"{RecordedWord(language)} {new UserText(shown)}{note}";
    }

    /// <summary>"Fri 4 Dec 2026", "пт 4 дек. 2026", "pt. 4 gru 2026".</summary>
    public static string Date(DateOnly date, CultureInfo culture) =>
        date.ToString(culture.TwoLetterISOLanguageName == "en" ? "ddd d MMM yyyy" : "ddd, d MMM yyyy", culture);

    private static readonly HashSet<string> EnglishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "yes", "y", "yeah", "yep", "yup", "true", "no", "n", "nope", "nah", "false", "not", "unsure", "maybe", "idk", "don't", "dont",
    };

    private static bool IsEnglishWord(string typed)
    {
        var first = new string(typed.TrimStart().TakeWhile(c => char.IsLetter(c) || c == '\'').ToArray());
        return EnglishWords.Contains(first);
    }

    private static string RecordedWord(string language) => In(language, () => Localization.Strings.Get("Echo.Recorded"));

    private static string UnknownWord(string language) => In(language, () => Localization.Strings.Get("Echo.Unknown"));

    private static string YesNoWord(string value, string language) =>
        value is "yes" or "no" or "unsure" ? In(language, () => Localization.Strings.Get("Answer." + value)) : value;

    private static string In(string language, Func<string> text)
    {
        using var culture = Localization.BotCulture.Use(language);
        return text();
    }
}
