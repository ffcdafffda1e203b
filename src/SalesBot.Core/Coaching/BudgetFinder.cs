using System.Text.RegularExpressions;
using SalesBot.Core.Values;

namespace SalesBot.Core.Coaching;

/// <summary>
/// Finds a budget figure anywhere in free text, in any of the languages: "$8,000", "8k", "about 8 thousand dollars",
/// "€4.5k", "8000 EUR", "8 тыс. руб.", "около 8 000 ₽", "8 tys. zł", "4,5k €". A bare number counts only where the
/// question asks for an amount (and is at least 100); percentages never do.
/// </summary>
public static partial class BudgetFinder
{
    public static Money? Find(string text, bool expectsAmount, string defaultCurrency)
    {
        foreach (Match match in AmountPattern().Matches(text))
        {
            var currency = MoneyWords.Currency(match.Groups["pre"].Value) ?? MoneyWords.Currency(match.Groups["post"].Value);
            var multiplier = MoneyWords.Multiplier(match.Groups["mult"].Value);
            var amount = MoneyWords.Number(match.Groups["num"].Value) * multiplier;
            var signalled = currency is not null || match.Groups["mult"].Length > 0;
            if (amount > 0 && (signalled || (expectsAmount && amount >= 100)))
            {
                return new Money(amount, currency ?? defaultCurrency);
            }
        }

        return null;
    }

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}.,])(?<pre>[$€£₽¥₹₴]\s?|(?:USD|EUR|GBP|PLN|RUB|CAD|AUD|CHF)\s?)?(?<num>(?>" + MoneyWords.Digits + @"))(?!\s?%)(?![.,]\d)"
        + @"\s?(?<mult>" + MoneyWords.Multipliers + @")?\s?(?<post>" + MoneyWords.After + ")?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AmountPattern();
}
