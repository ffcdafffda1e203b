using System.Globalization;
using System.Text.RegularExpressions;

namespace SalesBot.Dialogs.Prompts;

/// <summary>
/// Reads a date in English, Russian or Polish: ISO (2026-12-01), written out (1 Dec 2026, December 1, 1 декабря, 1 grudnia),
/// numeric in the user's locale (12/1/2026 in en-US, 15.01.2027; a day over 12 settles the order), relative (today, yesterday,
/// in 3 weeks, in two months, через 2 недели, za 2 tygodnie), a weekday (friday, в пятницу, w piątek), the end of a month
/// (end of February, в конце февраля, koniec lutego), "asap" (today) and "not yet" / "unknown" (stored as unknown).
/// Every user is understood in every language; the stored value is always an ISO date or "unknown".
/// </summary>
internal static partial class DateRecognizer
{
    public const string Unknown = "unknown";

    private static readonly string[] WrittenFormats =
    [
        "d MMM yyyy", "d MMMM yyyy", "MMM d yyyy", "MMMM d yyyy", "MMM d, yyyy", "MMMM d, yyyy", "d MMM, yyyy", "d MMMM, yyyy",
    ];

    private static readonly string[] WrittenFormatsNoYear = ["d MMM", "d MMMM", "MMM d", "MMMM d"];

    /// <summary>Month name starts in English, Russian and Polish (any case form: декабря, grudnia, December).</summary>
    private static readonly (string Start, int Month)[] MonthStarts =
    [
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("may", 5), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("oct", 10), ("nov", 11), ("dec", 12),
        ("янв", 1), ("фев", 2), ("мар", 3), ("апр", 4), ("мая", 5), ("май", 5), ("мае", 5), ("июн", 6), ("июл", 7), ("авг", 8), ("сен", 9), ("окт", 10), ("ноя", 11), ("дек", 12),
        ("sty", 1), ("lut", 2), ("mar", 3), ("kwi", 4), ("maj", 5), ("cze", 6), ("lip", 7), ("sie", 8), ("wrz", 9), ("paź", 10), ("paz", 10), ("lis", 11), ("gru", 12),
    ];

    private static readonly (string Word, DayOfWeek Day)[] Weekdays =
    [
        ("monday", DayOfWeek.Monday), ("tuesday", DayOfWeek.Tuesday), ("wednesday", DayOfWeek.Wednesday), ("thursday", DayOfWeek.Thursday),
        ("friday", DayOfWeek.Friday), ("saturday", DayOfWeek.Saturday), ("sunday", DayOfWeek.Sunday),
        ("понедельник", DayOfWeek.Monday), ("вторник", DayOfWeek.Tuesday), ("среду", DayOfWeek.Wednesday), ("среда", DayOfWeek.Wednesday),
        ("четверг", DayOfWeek.Thursday), ("пятницу", DayOfWeek.Friday), ("пятница", DayOfWeek.Friday), ("субботу", DayOfWeek.Saturday),
        ("суббота", DayOfWeek.Saturday), ("воскресенье", DayOfWeek.Sunday),
        ("poniedziałek", DayOfWeek.Monday), ("wtorek", DayOfWeek.Tuesday), ("środę", DayOfWeek.Wednesday), ("środa", DayOfWeek.Wednesday),
        ("czwartek", DayOfWeek.Thursday), ("piątek", DayOfWeek.Friday), ("sobotę", DayOfWeek.Saturday), ("sobota", DayOfWeek.Saturday),
        ("niedzielę", DayOfWeek.Sunday), ("niedziela", DayOfWeek.Sunday),
    ];

    private static readonly Regex InPattern = new(
        @"^(?:in|через|za)\s+(?:(?<n>\d{1,3}|a|an|one|" + NumberWords.Pattern + @")\s+)?(?<unit>\p{L}+)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    /// <summary>An example answer that is never in the past: two weeks from today.</summary>
    public static string Example(DateOnly today) => Localization.Strings.Format("Example.Date", Iso(today.AddDays(14)));

    public static Recognition Recognize(string text, DateOnly today, string? locale)
    {
        var trimmed = text.Trim().TrimEnd('.', '!');
        var iso = IsoPattern().Match(trimmed);
        if (iso.Success)
        {
            return DateOnly.TryParseExact(iso.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var isoDate)
                ? Ok(isoDate, NoteSplitter.NoteAfter(trimmed, iso.Length))
                : Recognition.Fail(Localization.Strings.Format("Retry.NotADate", iso.Groups["date"].Value));
        }

        var special = SpecialPattern().Match(trimmed);
        if (special.Success)
        {
            var note = NoteSplitter.NoteAfter(trimmed, special.Length);
            return special.Groups["asap"].Success
                ? Recognition.Ok(Iso(today), note ?? "asap")
                : Recognition.Ok(Unknown, note ?? (special.Groups["notyet"].Success ? "not yet" : null));
        }

        var lower = Spaces().Replace(trimmed.ToLowerInvariant(), " ");
        var date = Relative(lower, today) ?? EndOf(lower, today) ?? Weekday(lower, today) ?? Written(trimmed, today) ?? Localized(lower, today) ?? Numeric(trimmed, locale);
        return date is { } found
            ? Ok(found, null)
            : Recognition.Fail(Localization.Strings.Format("Retry.Date", Iso(today.AddDays(14))));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Recognition Ok(DateOnly date, string? note) => Recognition.Ok(Iso(date), note);

    private static DateOnly? Relative(string text, DateOnly today)
    {
        switch (text)
        {
            case "today" or "сегодня" or "dziś" or "dzisiaj": return today;
            case "tomorrow" or "завтра" or "jutro": return today.AddDays(1);
            case "day after tomorrow" or "the day after tomorrow" or "послезавтра" or "pojutrze": return today.AddDays(2);
            case "yesterday" or "вчера" or "wczoraj": return today.AddDays(-1);
            case "next week" or "на следующей неделе" or "на той неделе" or "w przyszłym tygodniu" or "za tydzień": return today.AddDays(7);
            case "next month" or "в следующем месяце" or "w przyszłym miesiącu": return today.AddMonths(1);
        }

        var inMatch = InPattern.Match(text);
        if (!inMatch.Success)
        {
            return null;
        }

        var number = inMatch.Groups["n"];
        int n;
        if (!number.Success || number.Value is "a" or "an")
        {
            n = 1;
        }
        else if (!int.TryParse(number.Value, NumberStyles.None, CultureInfo.InvariantCulture, out n) && !NumberWords.TryParse(number.Value, out n))
        {
            return null;
        }

        var unit = inMatch.Groups["unit"].Value;
        if (!number.Success && text.StartsWith("in ", StringComparison.Ordinal))
        {
            return null; // "in december" is not "in 1 december"
        }

        return Unit(unit) switch
        {
            "day" => today.AddDays(n),
            "week" => today.AddDays(7 * n),
            "month" => today.AddMonths(n),
            _ => null,
        };
    }

    private static string? Unit(string word) => word switch
    {
        "day" or "days" or "день" or "дня" or "дней" or "dzień" or "dni" => "day",
        "week" or "weeks" or "неделю" or "недели" or "недель" or "tydzień" or "tygodnie" or "tygodni" => "week",
        "month" or "months" or "месяц" or "месяца" or "месяцев" or "miesiąc" or "miesiące" or "miesięcy" => "month",
        _ => null,
    };

    private static DateOnly? EndOf(string text, DateOnly today)
    {
        var match = EndPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var what = match.Groups["what"].Value;
        switch (what)
        {
            case "month" or "месяца" or "miesiąca":
                return new DateOnly(today.Year, today.Month, DateTime.DaysInMonth(today.Year, today.Month));
            case "week" or "недели" or "tygodnia":
                return today.AddDays(((int)DayOfWeek.Friday - (int)today.DayOfWeek + 7) % 7);
            case "year" or "года" or "roku":
                return new DateOnly(today.Year, 12, 31);
        }

        if (Month(what) is not { } month)
        {
            return null;
        }

        if (match.Groups["y"].Success)
        {
            var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
            return new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        }

        var end = new DateOnly(today.Year, month, DateTime.DaysInMonth(today.Year, month));
        return end >= today ? end : new DateOnly(today.Year + 1, month, DateTime.DaysInMonth(today.Year + 1, month));
    }

    private static DateOnly? Weekday(string text, DateOnly today)
    {
        var match = WeekdayPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var word = match.Groups["day"].Value;
        foreach (var (name, day) in Weekdays)
        {
            if (name == word)
            {
                var ahead = ((int)day - (int)today.DayOfWeek + 7) % 7;
                return today.AddDays(ahead == 0 ? 7 : ahead);
            }
        }

        return null;
    }

    private static int? Month(string word)
    {
        if (word.Length < 3)
        {
            return null;
        }

        foreach (var (start, month) in MonthStarts)
        {
            if (word.StartsWith(start, StringComparison.Ordinal))
            {
                return month;
            }
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

    /// <summary>"1 декабря", "1 grudnia 2026", "1 дек. 2026 г.", "15 stycznia 2027 r.".</summary>
    private static DateOnly? Localized(string text, DateOnly today)
    {
        var match = LocalizedPattern().Match(text);
        if (!match.Success || Month(match.Groups["m"].Value) is not { } month)
        {
            return null;
        }

        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["y"].Success)
        {
            var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
            return day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
        }

        return day >= 1 && day <= DateTime.DaysInMonth(2028, month) ? NextOccurrence(today, month, day) : null;
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

        var culture = Cultures.For(locale);
        if (DateOnly.TryParse(text, culture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        // 15/01/2027 from a month-first locale: the day over 12 settles the order.
        var other = culture.DateTimeFormat.ShortDatePattern.StartsWith('M') ? CultureInfo.GetCultureInfo("en-GB") : CultureInfo.GetCultureInfo("en-US");
        return DateOnly.TryParse(text.Replace('.', '/').Replace('-', '/'), other, DateTimeStyles.None, out date) ? date : null;
    }

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})(?=$|[\s\-–—,:;(])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(
        @"^(?:(?<asap>asap|a\.s\.a\.p|as\s+soon\s+as\s+possible|urgent(?:ly)?|срочно|как\s+можно\s+скорее|как\s+можно\s+быстрее|вчера\s+нужно|jak\s+najszybciej|pilne|na\s+wczoraj)"
        + @"|(?<notyet>not\s+yet|no\s+date\s+yet|пока\s+нет|ещё\s+нет|еще\s+нет|не\s+назначена?|jeszcze\s+nie|nie\s+ustalon[ay]|brak\s+terminu)"
        + @"|(?<unknown>unknown|no\s+idea|don'?t\s+know|not\s+sure|tbd|n/a|не\s+знаю|неизвестно|непонятно|nie\s+wiem|nieznana|nie\s+wiadomo))(?=$|[\s\-–—,:;.!(])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpecialPattern();

    [GeneratedRegex(
        @"^(?:(?:by|at|until|before|до|к|в|на|na|pod|do|w)\s+)?(?:the\s+)?(?:end|конец|конце|концу|конца|koniec|końca|końcu)\s+(?:of\s+)?(?:the\s+|this\s+|этого\s+|tego\s+)?(?<what>\p{L}+)(?:\s+(?<y>\d{4}))?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex EndPattern();

    [GeneratedRegex(
        @"^(?:next\s+|on\s+|this\s+|в\s+|во\s+|в\s+эту\s+|в\s+этот\s+|в\s+это\s+|в\s+следующую\s+|в\s+следующий\s+|в\s+следующее\s+|w\s+|we\s+|w\s+przyszły\s+|w\s+przyszłą\s+|w\s+najbliższy\s+|w\s+najbliższą\s+|w\s+ten\s+|w\s+tę\s+)?(?<day>\p{L}+)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayPattern();

    [GeneratedRegex(@"^(?<d>\d{1,2})\s+(?<m>\p{L}{3,})\.?(?:\s+(?<y>\d{4}))?(?:\s*(?:г|года|r|roku)\.?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex LocalizedPattern();

    [GeneratedRegex(@"^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericPattern();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
