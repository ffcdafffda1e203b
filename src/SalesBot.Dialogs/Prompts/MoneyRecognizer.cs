using System.Globalization;
using System.Text.RegularExpressions;
using SalesBot.Core.Values;

namespace SalesBot.Dialogs.Prompts;

/// <summary>Reads amounts like "$5,000", "5k", "5000 USD", "€4.5k"; "unknown" when the prospect would not say.</summary>
internal static partial class MoneyRecognizer
{
    public const string Example = "5,000 USD (or 5k, $5000; unknown if they won't say)";

    private static readonly Dictionary<string, string> Symbols = new(StringComparer.OrdinalIgnoreCase)
    {
        ["$"] = "USD", ["€"] = "EUR", ["£"] = "GBP", ["zł"] = "PLN", ["₽"] = "RUB", ["¥"] = "JPY", ["₹"] = "INR",
    };

    private static readonly HashSet<string> Codes = new(StringComparer.OrdinalIgnoreCase)
    {
        "USD", "EUR", "GBP", "PLN", "RUB", "CAD", "AUD", "NZD", "CHF", "SEK", "NOK", "DKK", "JPY", "INR", "UAH", "CZK", "HUF", "BRL", "MXN", "ZAR", "SGD", "HKD", "ILS", "TRY",
    };

    public static Recognition Recognize(string text, string defaultCurrency)
    {
        var unknown = UnknownPattern().Match(text);
        if (unknown.Success)
        {
            return Recognition.Ok(Money.Unknown, NoteSplitter.NoteAfter(text, unknown.Length));
        }

        var match = AmountPattern().Match(text);
        if (!match.Success)
        {
            return Recognition.Fail("Please give an amount, like 5,000 USD, 5k or $5000 — or say unknown if they won't share a number.");
        }

        var amount = NumberText.Parse(match.Groups["num"].Value);
        amount *= match.Groups["mult"].Value.ToLowerInvariant() switch { "k" => 1_000m, "m" => 1_000_000m, _ => 1m };
        if (amount <= 0)
        {
            return Recognition.Fail("The amount must be more than zero.");
        }

        var consumed = match.Length;
        var currency = Currency(match.Groups["pre"].Value) ?? Currency(match.Groups["post"].Value);
        if (currency is null && match.Groups["post"].Success && match.Groups["post"].Length > 0)
        {
            consumed = match.Groups["post"].Index; // the word after the number was not a currency: it starts the note
        }

        return Recognition.Ok(new Money(amount, currency ?? defaultCurrency).ToStored(), NoteSplitter.NoteAfter(text, consumed));
    }

    private static string? Currency(string token)
    {
        var trimmed = token.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        if (Symbols.TryGetValue(trimmed, out var code))
        {
            return code;
        }

        return Codes.Contains(trimmed) ? trimmed.ToUpperInvariant() : null;
    }

    [GeneratedRegex(@"^\s*(?<pre>[$€£₽¥₹]|[A-Za-z]{3}(?=\s*\d))?\s*(?<num>\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?|\d+,\d{1,2}(?!\d)|\d+(?:\.\d+)?)\s*(?<mult>[kKmM](?![A-Za-z]))?\s*(?<post>[$€£₽¥₹]|zł|[A-Za-z]{3}(?![A-Za-z]))?", RegexOptions.CultureInvariant)]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"^\s*(unknown|won'?t\s+say|wouldn'?t\s+say|refused|no\s+idea|not\s+sure|unsure|don'?t\s+know|n/a|\?)(?=$|[\s\-–—,:;.!(])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnknownPattern();
}
