using System.Globalization;

namespace SalesBot.Core.Coaching;

/// <summary>The language a coaching request is written for, taken from the current UI culture when the request is made.</summary>
public static class CoachLanguage
{
    public const string English = "en";

    /// <summary>The two-letter language of <see cref="CultureInfo.CurrentUICulture"/>; English for the invariant culture.</summary>
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName is { Length: 2 } language and not "iv" ? language : English;
}
