using System.Globalization;
using System.Text.RegularExpressions;
using Humanizer;

namespace SalesBot.Dialogs.Localization;

/// <summary>
/// Picks the plural form a count takes in a language: a resource writes the forms as <c>{1|question|questions}</c>
/// (English: one|other) or <c>{1|вопрос|вопроса|вопросов}</c> (Russian and Polish: one|few|many). Which form a number
/// takes is not written here: Humanizer's formatter for the language decides it. Its own words for hours (1 час,
/// 2 часа, 5 часов; 1 godzina, 2 godziny, 5 godzin) show which of the three forms the number takes, and the
/// resource's form in that position is used.
/// </summary>
public static partial class PluralForms
{
    [GeneratedRegex(@"\{(\d+)\|([^{}]*)\}")]
    private static partial Regex Placeholder();

    /// <summary>Replaces every <c>{index|form|form...}</c> in <paramref name="format"/> with the form for argument <c>index</c>.</summary>
    public static string Apply(string format, IReadOnlyList<object?> arguments, CultureInfo culture) =>
        format.Contains('|', StringComparison.Ordinal)
            ? Placeholder().Replace(format, match =>
            {
                var index = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                var forms = match.Groups[2].Value.Split('|');
                return index < arguments.Count && ToCount(arguments[index]) is { } count ? forms[Math.Min(Category(count, culture), forms.Length - 1)] : match.Value;
            })
            : format;

    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru");

    /// <summary>0 when <paramref name="count"/> takes the form of 1, 1 when it takes the form of 2, else 2.</summary>
    public static int Category(long count, CultureInfo culture)
    {
        if (culture.TwoLetterISOLanguageName == "pl")
        {
            // Humanizer's Polish formatter takes only 2–4 as the few form ("22 pytań"). Polish takes the few form for
            // exactly the numbers Russian does (ending in 2–4, but not 12–14: 22 pytania, 112 pytań), and the many form
            // for every other number but 1 (21 pytań, where Russian says 21 вопрос): Humanizer's Russian rule decides.
            return Math.Abs(count) == 1 ? 0 : Category(count, Russian) == 1 ? 1 : 2;
        }

        var word = HoursWord(Math.Abs(count), culture);
        if (word == HoursWord(1, culture))
        {
            return 0;
        }

        return word == HoursWord(2, culture) ? 1 : 2;
    }

    private static string HoursWord(long count, CultureInfo culture)
    {
        var text = TimeSpan.FromHours(count).Humanize(culture: culture, maxUnit: TimeUnit.Hour, minUnit: TimeUnit.Hour);
        return text[(text.LastIndexOf(' ') + 1)..];
    }

    private static long? ToCount(object? value) => value switch
    {
        int i => i,
        long l => l,
        short s => s,
        byte b => b,
        uint u => u,
        decimal d when d == decimal.Truncate(d) => (long)d,
        _ => null,
    };
}
