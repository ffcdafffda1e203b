using SalesBot.Dialogs.Prompts;

namespace SalesBot.Dialogs.Tests.Prompts;

public sealed class DateRecognizerTests
{
    /// <summary>Monday 23 November 2026.</summary>
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static Recognition Read(string text, string? locale = "en-US") => DateRecognizer.Recognize(text, Today, locale);

    private static void AssertDate(string expected, Recognition result)
    {
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(expected, result.Value);
    }

    [Fact]
    public void Today_in_these_tests_is_a_monday()
    {
        Assert.Equal(DayOfWeek.Monday, Today.DayOfWeek);
    }

    [Theory]
    [InlineData("2026-12-01", "2026-12-01")]
    [InlineData(" 2027-02-28 ", "2027-02-28")]
    [InlineData("2028-02-29", "2028-02-29")]
    [InlineData("2026-12-01.", "2026-12-01")]
    [InlineData("2020-01-15", "2020-01-15")]
    public void An_iso_date_is_stored_as_is(string text, string stored)
    {
        var result = Read(text);

        AssertDate(stored, result);
        Assert.Null(result.Note);
    }

    [Fact]
    public void Words_after_an_iso_date_are_kept_as_a_note()
    {
        var result = Read("2026-12-01 - hard deadline, trade show");

        AssertDate("2026-12-01", result);
        Assert.Equal("hard deadline, trade show", result.Note);
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("2026-13-01")]
    [InlineData("2027-02-29")]
    [InlineData("2026-00-10")]
    public void An_iso_shaped_date_that_does_not_exist_is_refused_by_name(string text)
    {
        var result = Read(text);

        Assert.False(result.Succeeded);
        Assert.Equal($"{text} is not a real date.", result.Error);
    }

    [Theory]
    [InlineData("1 Dec 2026", "2026-12-01")]
    [InlineData("1 December 2026", "2026-12-01")]
    [InlineData("Dec 1 2026", "2026-12-01")]
    [InlineData("December 1, 2026", "2026-12-01")]
    [InlineData("1 Dec, 2026", "2026-12-01")]
    [InlineData("15 mar 2027", "2027-03-15")]
    [InlineData("1 Dec 2025", "2025-12-01")]
    public void A_written_date_with_a_year_is_that_date_even_in_the_past(string text, string stored)
    {
        AssertDate(stored, Read(text));
    }

    [Theory]
    [InlineData("Dec 1", "2026-12-01")]
    [InlineData("1 Dec", "2026-12-01")]
    [InlineData("December 24", "2026-12-24")]
    [InlineData("23 Nov", "2026-11-23")]
    [InlineData("Nov 1", "2027-11-01")]
    [InlineData("22 November", "2027-11-22")]
    [InlineData("Jan 15", "2027-01-15")]
    public void A_written_date_without_a_year_is_the_next_such_day_from_today(string text, string stored)
    {
        AssertDate(stored, Read(text));
    }

    [Theory]
    [InlineData("today", "2026-11-23")]
    [InlineData("Today", "2026-11-23")]
    [InlineData("tomorrow", "2026-11-24")]
    [InlineData("next week", "2026-11-30")]
    [InlineData("next month", "2026-12-23")]
    [InlineData("in 1 day", "2026-11-24")]
    [InlineData("in 10 days", "2026-12-03")]
    [InlineData("in 3 weeks", "2026-12-14")]
    [InlineData("In 2 Months", "2027-01-23")]
    public void A_relative_date_counts_from_today(string text, string stored)
    {
        AssertDate(stored, Read(text));
    }

    [Theory]
    [InlineData("next friday", "2026-11-27")]
    [InlineData("friday", "2026-11-27")]
    [InlineData("on Friday", "2026-11-27")]
    [InlineData("this wednesday", "2026-11-25")]
    [InlineData("sunday", "2026-11-29")]
    [InlineData("next monday", "2026-11-30")]
    [InlineData("monday", "2026-11-30")]
    public void A_weekday_is_the_next_such_day_after_today_never_today(string text, string stored)
    {
        AssertDate(stored, Read(text));
    }

    [Theory]
    [InlineData("12/1/2026", "en-US", "2026-12-01")]
    [InlineData("12/1/2026", "en-GB", "2026-01-12")]
    [InlineData("12/1/2026", null, "2026-01-12")]
    [InlineData("12/1/2026", "", "2026-01-12")]
    [InlineData("12/1/26", "en-US", "2026-12-01")]
    [InlineData("1.12.2026", "de-DE", "2026-12-01")]
    [InlineData("01-12-2026", "en-GB", "2026-12-01")]
    public void A_numeric_date_is_read_in_the_users_locale_defaulting_to_day_first(string text, string? locale, string stored)
    {
        AssertDate(stored, Read(text, locale));
    }

    [Fact]
    public void A_malformed_locale_falls_back_to_day_first()
    {
        AssertDate("2026-01-12", Read("12/1/2026", "not a locale!"));
    }

    [Theory]
    [InlineData("13/25/2026", "en-US")]
    [InlineData("32/1/2026", "en-GB")]
    [InlineData("whenever", "en-US")]
    [InlineData("soon", "en-US")]
    [InlineData("in 3 years", "en-US")]
    [InlineData("next year", "en-US")]
    [InlineData("Dec 32", "en-US")]
    [InlineData("", "en-US")]
    [InlineData("2026", "en-US")]
    [InlineData("20261201", "en-US")]
    public void Text_that_is_not_a_date_is_refused_with_examples(string text, string locale)
    {
        var result = Read(text, locale);

        Assert.False(result.Succeeded);
        Assert.Equal("Please give a date, like 2026-12-07, 1 Dec, next friday or in 2 weeks.", result.Error);
    }
}
