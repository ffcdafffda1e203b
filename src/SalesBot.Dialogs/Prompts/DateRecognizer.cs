using System.Globalization;
using System.Text.RegularExpressions;

namespace SalesBot.Dialogs.Prompts;

/// <summary>
/// Reads a date: ISO (2026-12-01), written out (1 Dec 2026, December 1), numeric in the user's locale (12/1/2026 in en-US),
/// or relative (today, tomorrow, next week, in 3 weeks, friday).
/// </summary>
internal static partial class DateRecognizer
{
    public const string Example = "2026-12-01 (or 1 Dec, next friday, in 2 weeks)";

    private static readonly string[] WrittenFormats =
    [
        "d MMM yyyy", "d MMMM yyyy", "MMM d yyyy", "MMMM d yyyy", "MMM d, yyyy", "MMMM d, yyyy", "d MMM, yyyy", "d MMMM, yyyy",
    ];

    private static readonly string[] WrittenFormatsNoYear = ["d MMM", "d MMMM", "MMM d", "MMMM d"];

    public static Recognition Recognize(string text, DateOnly today, string? locale)
    {
        var trimmed = text.Trim().TrimEnd('.');
        var iso = IsoPattern().Match(trimmed);
        if (iso.Success)
        {
            return DateOnly.TryParseExact(iso.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var isoDate)
                ? Ok(isoDate, NoteSplitter.NoteAfter(trimmed, iso.Length))
                : Recognition.Fail($"{iso.Groups["date"].Value} is not a real date.");
        }

        var date = Relative(trimmed.ToLowerInvariant(), today) ?? Written(trimmed, today) ?? Numeric(trimmed, locale);
        return date is { } found
            ? Ok(found, null)
            : Recognition.Fail("Please give a date, like 2026-12-01, 1 Dec, next friday or in 2 weeks.");
    }

    private static Recognition Ok(DateOnly date, string? note) =>
        Recognition.Ok(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), note);

    private static DateOnly? Relative(string text, DateOnly today)
    {
        switch (text)
        {
            case "today": return today;
            case "tomorrow": return today.AddDays(1);
            case "next week": return today.AddDays(7);
            case "next month": return today.AddMonths(1);
        }

        var inMatch = InPattern().Match(text);
        if (inMatch.Success)
        {
            var n = int.Parse(inMatch.Groups["n"].Value, CultureInfo.InvariantCulture);
            return inMatch.Groups["unit"].Value.TrimEnd('s') switch
            {
                "day" => today.AddDays(n),
                "week" => today.AddDays(7 * n),
                "month" => today.AddMonths(n),
                _ => null,
            };
        }

        var dayMatch = WeekdayPattern().Match(text);
        if (dayMatch.Success && Enum.TryParse<DayOfWeek>(dayMatch.Groups["day"].Value, ignoreCase: true, out var weekday))
        {
            var ahead = ((int)weekday - (int)today.DayOfWeek + 7) % 7;
            return today.AddDays(ahead == 0 ? 7 : ahead);
        }

        return null;
    }

    private static DateOnly? Written(string text, DateOnly today)
    {
        if (DateOnly.TryParseExact(text, WrittenFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var full))
        {
            return full;
        }

        if (DateOnly.TryParseExact(text + " " + today.Year, WrittenFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var thisYear)
            || DateOnly.TryParseExact(text, WrittenFormatsNoYear, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out thisYear))
        {
            return NextOccurrence(today, thisYear.Month, thisYear.Day);
        }

        return null;
    }

    /// <summary>The first date on or after today with this month and day (29 February waits for a leap year).</summary>
    private static DateOnly NextOccurrence(DateOnly today, int month, int day)
    {
        for (var year = today.Year; ; year++)
        {
            if (day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day) is var date && date >= today)
            {
                return date;
            }
        }
    }

    private static DateOnly? Numeric(string text, string? locale)
    {
        if (!NumericPattern().IsMatch(text))
        {
            return null;
        }

        CultureInfo culture;
        try
        {
            culture = string.IsNullOrWhiteSpace(locale) ? CultureInfo.GetCultureInfo("en-GB") : CultureInfo.GetCultureInfo(locale);
        }
        catch (CultureNotFoundException)
        {
            culture = CultureInfo.GetCultureInfo("en-GB");
        }

        return DateOnly.TryParse(text, culture, DateTimeStyles.None, out var date) ? date : null;
    }

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})(?=$|[\s\-–—,:;(])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^in\s+(?<n>\d{1,3})\s+(?<unit>days?|weeks?|months?)$", RegexOptions.CultureInvariant)]
    private static partial Regex InPattern();

    [GeneratedRegex(@"^(?:next\s+|on\s+|this\s+)?(?<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)$", RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayPattern();

    [GeneratedRegex(@"^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericPattern();
}
