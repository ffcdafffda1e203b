using SalesBot.Core.Playbooks;
using SalesBot.Dialogs.Prompts;

namespace SalesBot.Dialogs.Tests.Prompts;

/// <summary>Answers typed in Russian and Polish, and the English forms added with them; every user is understood in every language.</summary>
public sealed class LocalAnswerTests
{
    /// <summary>Monday 23 November 2026.</summary>
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("да", "yes", null)]
    [InlineData("Да.", "yes", null)]
    [InlineData("да - владелец подписывает", "yes", "владелец подписывает")]
    [InlineData("нет, у них свой дизайнер", "no", "у них свой дизайнер")]
    [InlineData("не знаю", "unsure", null)]
    [InlineData("Не знаю - спрошу на встрече", "unsure", "спрошу на встрече")]
    [InlineData("возможно", "unsure", null)]
    [InlineData("tak", "yes", null)]
    [InlineData("Tak, szef podpisuje", "yes", "szef podpisuje")]
    [InlineData("nie - mają własny dział", "no", "mają własny dział")]
    [InlineData("nie wiem", "unsure", null)]
    [InlineData("Nie wiem, zapytam", "unsure", "zapytam")]
    [InlineData("może", "unsure", null)]
    public void Yes_no_and_unsure_are_read_in_russian_and_polish_with_the_note_kept(string text, string value, string? note)
    {
        var result = YesNoRecognizer.Recognize(text);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal((value, note), (result.Value, result.Note));
    }

    [Theory]
    [InlineData("нетфликс")]
    [InlineData("takeaway")]
    [InlineData("niebo")]
    public void A_word_that_only_starts_like_yes_or_no_is_refused(string text)
    {
        Assert.False(YesNoRecognizer.Recognize(text).Succeeded);
    }

    [Theory]
    [InlineData("5 000 ₽", "USD", "5000 RUB", null)]
    [InlineData("5\u00A0000 ₽", "USD", "5000 RUB", null)]
    [InlineData("5 тыс. руб.", "USD", "5000 RUB", null)]
    [InlineData("5 тысяч рублей", "USD", "5000 RUB", null)]
    [InlineData("150 тыс", "RUB", "150000 RUB", null)]
    [InlineData("2 млн руб", "USD", "2000000 RUB", null)]
    [InlineData("5 tys. zł", "USD", "5000 PLN", null)]
    [InlineData("5 tysięcy złotych", "USD", "5000 PLN", null)]
    [InlineData("5000 PLN", "USD", "5000 PLN", null)]
    [InlineData("4,5k €", "USD", "4500 EUR", null)]
    [InlineData("3000 евро", "USD", "3000 EUR", null)]
    [InlineData("8000 dollars", "EUR", "8000 USD", null)]
    [InlineData("about 3k", "USD", "3000 USD", null)]
    [InlineData("около 5 тыс. руб.", "USD", "5000 RUB", null)]
    [InlineData("około 5 tys. zł", "USD", "5000 PLN", null)]
    [InlineData("~4k EUR", "USD", "4000 EUR", null)]
    [InlineData("5 тыс. руб. - с запуском", "USD", "5000 RUB", "с запуском")]
    public void Local_amounts_and_currencies_are_stored_as_amount_and_iso_code(string text, string currency, string stored, string? note)
    {
        var result = MoneyRecognizer.Recognize(text, currency);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal((stored, note), (result.Value, result.Note));
    }

    [Theory]
    [InlineData("3-5k", "3000 USD", "3,000–5,000 USD")]
    [InlineData("3–5k EUR", "3000 EUR", "3,000–5,000 EUR")]
    [InlineData("3000 to 5000 USD", "3000 USD", "3,000–5,000 USD")]
    [InlineData("от 3 до 5 тыс. руб.", "3000 RUB", "3,000–5,000 RUB")]
    [InlineData("od 3 do 5 tys. zł", "3000 PLN", "3,000–5,000 PLN")]
    [InlineData("3-5 tys. zł - zależy od zakresu", "3000 PLN", "3,000–5,000 PLN; zależy od zakresu")]
    public void A_range_is_stored_as_its_lower_end_with_the_range_in_the_note(string text, string stored, string note)
    {
        var result = MoneyRecognizer.Recognize(text, "USD");

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal((stored, note), (result.Value, result.Note));
    }

    [Theory]
    [InlineData("не знаю")]
    [InlineData("не сказали")]
    [InlineData("nie wiem")]
    [InlineData("nie powiedzieli")]
    public void A_budget_they_would_not_say_is_unknown_in_every_language(string text)
    {
        var result = MoneyRecognizer.Recognize(text, "USD");

        Assert.True(result.Succeeded);
        Assert.Equal("unknown", result.Value);
    }

    [Theory]
    [InlineData("1 декабря", "2026-12-01")]
    [InlineData("1 декабря 2027", "2027-12-01")]
    [InlineData("15 января 2027 г.", "2027-01-15")]
    [InlineData("2 мая", "2027-05-02")]
    [InlineData("в пятницу", "2026-11-27")]
    [InlineData("во вторник", "2026-11-24")]
    [InlineData("в следующую среду", "2026-11-25")]
    [InlineData("через 2 недели", "2026-12-07")]
    [InlineData("через две недели", "2026-12-07")]
    [InlineData("через неделю", "2026-11-30")]
    [InlineData("через 3 месяца", "2027-02-23")]
    [InlineData("завтра", "2026-11-24")]
    [InlineData("вчера", "2026-11-22")]
    [InlineData("в конце февраля", "2027-02-28")]
    [InlineData("1 grudnia", "2026-12-01")]
    [InlineData("15 stycznia 2027 r.", "2027-01-15")]
    [InlineData("w piątek", "2026-11-27")]
    [InlineData("we wtorek", "2026-11-24")]
    [InlineData("w środę", "2026-11-25")]
    [InlineData("za 2 tygodnie", "2026-12-07")]
    [InlineData("za dwa tygodnie", "2026-12-07")]
    [InlineData("za tydzień", "2026-11-30")]
    [InlineData("za 3 miesiące", "2027-02-23")]
    [InlineData("jutro", "2026-11-24")]
    [InlineData("wczoraj", "2026-11-22")]
    [InlineData("koniec lutego", "2027-02-28")]
    [InlineData("end of February", "2027-02-28")]
    [InlineData("by the end of the month", "2026-11-30")]
    [InlineData("end of November", "2026-11-30")]
    [InlineData("in 3 months", "2027-02-23")]
    [InlineData("in two weeks", "2026-12-07")]
    [InlineData("in a week", "2026-11-30")]
    [InlineData("yesterday", "2026-11-22")]
    [InlineData("day after tomorrow", "2026-11-25")]
    public void Local_and_relative_dates_are_stored_as_iso(string text, string stored)
    {
        var result = DateRecognizer.Recognize(text, Today, "en-US");

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(stored, result.Value);
    }

    [Theory]
    [InlineData("15.01.2027", "ru-RU", "2027-01-15")]
    [InlineData("15.01.2027", "pl-PL", "2027-01-15")]
    [InlineData("15.01.2027", "en-US", "2027-01-15")]
    [InlineData("15/01/2027", "en-US", "2027-01-15")]
    [InlineData("15/01/2027", "en-GB", "2027-01-15")]
    [InlineData("01/02/2027", "en-US", "2027-01-02")]
    [InlineData("01/02/2027", "en-GB", "2027-02-01")]
    [InlineData("01.02.2027", "ru-RU", "2027-02-01")]
    public void A_numeric_date_follows_the_locale_and_a_day_over_twelve_settles_the_order(string text, string locale, string stored)
    {
        var result = DateRecognizer.Recognize(text, Today, locale);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(stored, result.Value);
    }

    [Theory]
    [InlineData("asap", "2026-11-23", "asap")]
    [InlineData("ASAP - launch before Christmas", "2026-11-23", "launch before Christmas")]
    [InlineData("срочно", "2026-11-23", "asap")]
    [InlineData("jak najszybciej", "2026-11-23", "asap")]
    [InlineData("not yet", "unknown", "not yet")]
    [InlineData("unknown", "unknown", null)]
    [InlineData("пока нет", "unknown", "not yet")]
    [InlineData("не знаю", "unknown", null)]
    [InlineData("jeszcze nie", "unknown", "not yet")]
    [InlineData("nie wiem", "unknown", null)]
    public void Asap_is_today_and_not_yet_or_unknown_is_stored_as_unknown(string text, string stored, string? note)
    {
        var result = DateRecognizer.Recognize(text, Today, "en-US");

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal((stored, note), (result.Value, result.Note));
    }

    [Theory]
    [InlineData("in december")]
    [InlineData("через год")]
    [InlineData("32 декабря")]
    [InlineData("w przyszłości")]
    public void Text_that_is_not_a_date_is_still_refused(string text)
    {
        Assert.False(DateRecognizer.Recognize(text, Today, "ru-RU").Succeeded);
    }

    [Fact]
    public void The_date_example_is_never_in_the_past()
    {
        var example = AnswerRecognizer.Example(AnswerKind.Date, [], Today);
        var refused = DateRecognizer.Recognize("whenever", Today, "en-US");

        Assert.StartsWith("2026-12-07", example, StringComparison.Ordinal);
        Assert.Contains("2026-12-07", refused.Error, StringComparison.Ordinal);
        Assert.True(DateRecognizer.Recognize(example.Split(' ')[0], Today, "en-US").Value.CompareTo("2026-11-23") > 0);
    }

    [Theory]
    [InlineData("two", "2")]
    [InlineData("три", "3")]
    [InlineData("dwa - może trzy", "2")]
    [InlineData("пять", "5")]
    public void A_number_in_words_is_read(string text, string stored)
    {
        var result = NumberRecognizer.Recognize(text);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(stored, result.Value);
    }

    [Theory]
    [InlineData(AnswerKind.Date, "next friday", "2026-11-27", null, "en-US", "Recorded: Fri 27 Nov 2026")]
    [InlineData(AnswerKind.Date, "в пятницу", "2026-11-27", null, "ru-RU", "Записано: пт, 27 нояб. 2026")]
    [InlineData(AnswerKind.Date, "w piątek", "2026-11-27", null, "pl-PL", "Zapisano: pt., 27 lis 2026")]
    [InlineData(AnswerKind.Date, "not yet", "unknown", "not yet", "en-US", "Recorded: unknown (not yet)")]
    [InlineData(AnswerKind.Money, "5 тыс. руб.", "5000 RUB", null, "ru-RU", "Записано: 5 000 RUB")]
    [InlineData(AnswerKind.Money, "about 3k", "3000 USD", null, "en-US", "Recorded: 3,000 USD")]
    [InlineData(AnswerKind.YesNo, "да - владелец", "yes", "владелец", "ru-RU", "Записано: да (владелец)")]
    [InlineData(AnswerKind.Number, "two", "2", null, "en-US", "Recorded: 2")]
    public void A_read_value_is_echoed_in_the_users_language_and_format(AnswerKind kind, string typed, string value, string? note, string locale, string echo)
    {
        var shown = ValueEcho.For(kind, typed, Recognition.Ok(value, note), locale);

        Assert.Equal(echo.Replace('\u00A0', ' ').Replace('\u202F', ' '), shown?.Replace('\u00A0', ' ').Replace('\u202F', ' '));
    }

    [Theory]
    [InlineData(AnswerKind.YesNo, "yes")]
    [InlineData(AnswerKind.YesNo, "no - they use in-house staff")]
    [InlineData(AnswerKind.YesNo, "Yes.")]
    [InlineData(AnswerKind.Number, "6")]
    [InlineData(AnswerKind.Text, "a referral")]
    public void An_answer_typed_as_its_value_is_not_echoed(AnswerKind kind, string typed)
    {
        var value = typed.Split(' ')[0].TrimEnd('.').ToLowerInvariant();

        Assert.Null(ValueEcho.For(kind, typed, Recognition.Ok(value), "en-US"));
    }
}
