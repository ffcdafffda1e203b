using SalesBot.Dialogs.Prompts;

namespace SalesBot.Dialogs.Tests.Prompts;

public sealed class MoneyRecognizerTests
{
    [Theory]
    [InlineData("$5,000", "5000 USD")]
    [InlineData("4,5k EUR", "4500 EUR")]
    [InlineData("12,50 EUR", "12.5 EUR")]
    [InlineData("$5000", "5000 USD")]
    [InlineData("$ 5000", "5000 USD")]
    [InlineData("5000$", "5000 USD")]
    [InlineData("5000 USD", "5000 USD")]
    [InlineData("5000 usd", "5000 USD")]
    [InlineData("USD 5000", "5000 USD")]
    [InlineData("€4.5k", "4500 EUR")]
    [InlineData("4.5k EUR", "4500 EUR")]
    [InlineData("£3k", "3000 GBP")]
    [InlineData("10 000 PLN", "10000 PLN")]
    [InlineData("2 500 zł", "2500 PLN")]
    [InlineData("1,250,000 USD", "1250000 USD")]
    [InlineData("1.5m USD", "1500000 USD")]
    [InlineData("$5,000.50", "5000.5 USD")]
    [InlineData("7500 CAD", "7500 CAD")]
    [InlineData("7500 SEK", "7500 SEK")]
    public void An_amount_with_a_symbol_or_code_is_stored_as_amount_and_iso_code(string text, string stored)
    {
        var result = MoneyRecognizer.Recognize(text, "EUR");

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(stored, result.Value);
        Assert.Null(result.Note);
    }

    [Theory]
    [InlineData("5k", "USD", "5000 USD")]
    [InlineData("5k", "PLN", "5000 PLN")]
    [InlineData("5K", "EUR", "5000 EUR")]
    [InlineData("5000", "GBP", "5000 GBP")]
    [InlineData("12,500", "USD", "12500 USD")]
    public void An_amount_without_a_currency_takes_the_users_currency(string text, string currency, string stored)
    {
        var result = MoneyRecognizer.Recognize(text, currency);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(stored, result.Value);
    }

    [Theory]
    [InlineData("5k - flexible", "5000 USD", "flexible")]
    [InlineData("$5,000, maybe more", "5000 USD", "maybe more")]
    [InlineData("5000 EUR (incl. VAT)", "5000 EUR", "incl. VAT")]
    [InlineData("5k for now", "5000 USD", "for now")]
    [InlineData("5k per month", "5000 USD", "per month")]
    [InlineData("5K MAX", "5000 USD", "MAX")]
    public void Words_after_the_amount_are_a_note_unless_they_are_a_currency(string text, string stored, string note)
    {
        var result = MoneyRecognizer.Recognize(text, "USD");

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(stored, result.Value);
        Assert.Equal(note, result.Note);
    }

    [Fact]
    public void A_lower_case_three_letter_word_after_the_amount_is_not_taken_for_a_currency()
    {
        var result = MoneyRecognizer.Recognize("5k for now", "PLN");

        Assert.Equal("5000 PLN", result.Value);
        Assert.Equal("for now", result.Note);
    }

    [Theory]
    [InlineData("unknown", null)]
    [InlineData("Unknown", null)]
    [InlineData("won't say", null)]
    [InlineData("wont say", null)]
    [InlineData("wouldn't say", null)]
    [InlineData("refused", null)]
    [InlineData("no idea", null)]
    [InlineData("not sure", null)]
    [InlineData("don't know", null)]
    [InlineData("n/a", null)]
    [InlineData("?", null)]
    [InlineData("won't say - asked twice", "asked twice")]
    public void A_prospect_who_would_not_say_is_recorded_as_unknown(string text, string? note)
    {
        var result = MoneyRecognizer.Recognize(text, "USD");

        Assert.True(result.Succeeded);
        Assert.Equal("unknown", result.Value);
        Assert.Equal(note, result.Note);
    }

    [Theory]
    [InlineData("lots")]
    [InlineData("")]
    [InlineData("a few thousand")]
    [InlineData("unknowable")]
    public void Text_without_an_amount_is_refused_with_an_example(string text)
    {
        var result = MoneyRecognizer.Recognize(text, "USD");

        Assert.False(result.Succeeded);
        Assert.Contains("5,000 USD", result.Error, StringComparison.Ordinal);
        Assert.Contains("unknown", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("$0")]
    [InlineData("0k")]
    [InlineData("0.00 EUR")]
    public void A_zero_amount_is_refused(string text)
    {
        var result = MoneyRecognizer.Recognize(text, "USD");

        Assert.False(result.Succeeded);
        Assert.Equal("The amount must be more than zero.", result.Error);
    }
}
