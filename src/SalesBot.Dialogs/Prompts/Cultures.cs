using System.Globalization;

namespace SalesBot.Dialogs.Prompts;

/// <summary>The culture of a user's locale ("ru-RU", "pl", "en-US"), day-first English when none or an unknown one is given.</summary>
internal static class Cultures
{
    private static readonly CultureInfo Fallback = CultureInfo.GetCultureInfo("en-GB");

    public static CultureInfo For(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return Fallback;
        }

        try
        {
            return CultureInfo.GetCultureInfo(locale);
        }
        catch (CultureNotFoundException)
        {
            return Fallback;
        }
    }
}
