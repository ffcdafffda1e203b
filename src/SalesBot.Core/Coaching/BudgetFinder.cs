using System.Globalization;
using System.Text.RegularExpressions;
using SalesBot.Core.Values;

namespace SalesBot.Core.Coaching;

/// <summary>
/// Finds a budget figure anywhere in free text: "$8,000", "8k", "about 8 thousand dollars", "€4.5k", "8000 EUR".
/// A bare number counts only where the question asks for an amount (and is at least 100); percentages never do.
/// </summary>
public static partial class BudgetFinder
{
    private static readonly Dictionary<string, string> Currencies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["$"] = "USD", ["€"] = "EUR", ["£"] = "GBP", ["zł"] = "PLN", ["₽"] = "RUB", ["¥"] = "JPY", ["₹"] = "INR",
        ["dollar"] = "USD", ["dollars"] = "USD", ["bucks"] = "USD", ["euro"] = "EUR", ["euros"] = "EUR", ["pounds"] = "GBP",
        ["USD"] = "USD", ["EUR"] = "EUR", ["GBP"] = "GBP", ["PLN"] = "PLN", ["RUB"] = "RUB", ["CAD"] = "CAD", ["AUD"] = "AUD",
        ["CHF"] = "CHF", ["SEK"] = "SEK", ["NOK"] = "NOK", ["DKK"] = "DKK", ["JPY"] = "JPY", ["INR"] = "INR", ["CZK"] = "CZK",
    };

    public static Money? Find(string text, bool expectsAmount, string defaultCurrency)
    {
        foreach (Match match in AmountPattern().Matches(text))
        {
            var pre = match.Groups["pre"].Value.Trim();
            var post = match.Groups["post"].Value.Trim();
            var mult = match.Groups["mult"].Value.ToLowerInvariant();
            var currency = Currency(pre) ?? Currency(post);
            var amount = decimal.Parse(match.Groups["num"].Value.Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture);
            amount *= mult switch { "k" or "thousand" or "grand" => 1_000m, "m" or "million" => 1_000_000m, _ => 1m };
            var signalled = currency is not null || mult.Length > 0;
            if (amount > 0 && (signalled || (expectsAmount && amount >= 100)))
            {
                return new Money(amount, currency ?? defaultCurrency);
            }
        }

        return null;
    }

    private static string? Currency(string token) => token.Length > 0 && Currencies.TryGetValue(token, out var code) ? code : null;

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}.,])(?<pre>[$€£₽¥₹]\s?|(?:USD|EUR|GBP|PLN|CAD|AUD|CHF)\s?)?(?<num>(?>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?))(?!\s?%)(?!\.\d)\s?(?<mult>k(?![\p{L}])|m(?![\p{L}])|thousand|grand|million)?\s?(?<post>[$€£₽¥₹]|zł|(?:dollars?|bucks|euros?|pounds|USD|EUR|GBP|PLN|RUB|CAD|AUD|CHF|SEK|NOK|DKK|JPY|INR|CZK)(?![\p{L}]))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AmountPattern();
}
