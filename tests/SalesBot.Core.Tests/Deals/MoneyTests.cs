using System.Globalization;
using SalesBot.Core.Values;

namespace SalesBot.Core.Tests.Deals;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("5000", "USD", "5000 USD", "5,000 USD")]
    [InlineData("4500.5", "EUR", "4500.5 EUR", "4,500.5 EUR")]
    [InlineData("1234567.89", "PLN", "1234567.89 PLN", "1,234,567.89 PLN")]
    [InlineData("750", "GBP", "750 GBP", "750 GBP")]
    public void Money_is_stored_without_separators_and_displayed_with_thousands_separators(string amount, string currency, string stored, string display)
    {
        var money = new Money(decimal.Parse(amount, CultureInfo.InvariantCulture), currency);

        Assert.Equal(stored, money.ToStored());
        Assert.Equal(display, money.ToDisplay());
        Assert.Equal(display, money.ToString());
    }

    [Theory]
    [InlineData("5000", "USD")]
    [InlineData("4500.5", "EUR")]
    [InlineData("0.25", "GBP")]
    [InlineData("1234567.89", "PLN")]
    public void The_stored_form_and_the_display_form_both_parse_back_to_the_same_money(string amount, string currency)
    {
        var money = new Money(decimal.Parse(amount, CultureInfo.InvariantCulture), currency);

        Assert.True(Money.TryParseStored(money.ToStored(), out var fromStored));
        Assert.True(Money.TryParseStored(money.ToDisplay(), out var fromDisplay));
        Assert.Equal(money, fromStored);
        Assert.Equal(money, fromDisplay);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("unknown")]
    [InlineData("5000")]
    [InlineData("USD 5000")]
    [InlineData("five USD")]
    public void Text_that_is_not_an_amount_and_a_currency_does_not_parse(string? stored)
    {
        Assert.False(Money.TryParseStored(stored, out var money));
        Assert.Equal(default, money);
    }

    [Fact]
    public void Formatting_ignores_the_current_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var money = new Money(4500.5m, "EUR");

            Assert.Equal("4500.5 EUR", money.ToStored());
            Assert.Equal("4,500.5 EUR", money.ToDisplay());
            Assert.True(Money.TryParseStored("4500.5 EUR", out var parsed));
            Assert.Equal(4500.5m, parsed.Amount);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
