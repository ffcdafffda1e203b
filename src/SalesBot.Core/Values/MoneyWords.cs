namespace SalesBot.Core.Values;

/// <summary>
/// How people write money in English, Russian and Polish: the digits ("5,000", "5 000", "4,5"), the multipliers
/// ("k", "тыс.", "tys.", "млн", "mln", "thousand") and the currencies before or after ("$", "₽", "zł", "руб.",
/// "złotych", "евро", "USD"). Shared by the answer prompt, which reads a whole answer, and the coach, which finds a
/// figure anywhere in free text.
/// </summary>
public static class MoneyWords
{
    /// <summary>A number: thousands grouped by comma or (no-break) space, a decimal point or a decimal comma.</summary>
    public const string Digits = @"\d{1,3}(?:[,\u00A0\u202F ]\d{3})+(?:\.\d+)?|\d+,\d{1,2}(?!\d)|\d+(?:\.\d+)?";

    /// <summary>A multiplier after the number.</summary>
    public const string Multipliers = @"[kKmM](?![\p{L}])|тыс(?:\.|яч[аи]?\b|\b)|тыщ\b|млн\.?|tys(?:\.|ięcy\b|iące\b|iąc\b|\b)|mln\.?|thousand\b|grand\b|million\b";

    /// <summary>A currency after the number: a symbol, a word in one of the languages, or any three-letter code.</summary>
    public const string After = @"złotych|złote|złoty|[$€£₽¥₹₴]|zł\.?|руб(?:лей|ля|ль)?\.?|р\.|долларов|доллара|доллар|dolarów|dolary|dolar|dollars?|bucks|евро|euros?|фунтов|funtów|pounds?|грн\.?|гривен|[A-Za-z]{3}(?![A-Za-z])";

    private static readonly Dictionary<string, string> Symbols = new(StringComparer.OrdinalIgnoreCase)
    {
        ["$"] = "USD", ["€"] = "EUR", ["£"] = "GBP", ["zł"] = "PLN", ["₽"] = "RUB", ["¥"] = "JPY", ["₹"] = "INR", ["₴"] = "UAH",
    };

    private static readonly HashSet<string> Codes = new(StringComparer.OrdinalIgnoreCase)
    {
        "USD", "EUR", "GBP", "PLN", "RUB", "CAD", "AUD", "NZD", "CHF", "SEK", "NOK", "DKK", "JPY", "INR", "UAH", "CZK", "HUF", "BRL", "MXN", "ZAR", "SGD", "HKD", "ILS", "TRY",
    };

    /// <summary>The matched digits as a number.</summary>
    public static decimal Number(string digits) => NumberText.Parse(digits.Replace('\u00A0', ' ').Replace('\u202F', ' '));

    /// <summary>What a matched multiplier multiplies by (1 when there is none).</summary>
    public static decimal Multiplier(string word) =>
        word.ToLowerInvariant().TrimEnd('.') switch
        {
            "" => 1m,
            "k" or "тыс" or "тысяч" or "тысячи" or "тысяча" or "тыщ" or "tys" or "tysięcy" or "tysiące" or "tysiąc" or "thousand" or "grand" => 1_000m,
            _ => 1_000_000m,
        };

    /// <summary>The ISO code a symbol, code or currency word names; null when the word is no currency.</summary>
    public static string? Currency(string token)
    {
        var trimmed = token.Trim().TrimEnd('.').ToLowerInvariant();
        if (trimmed.Length == 0)
        {
            return null;
        }

        if (Symbols.TryGetValue(trimmed, out var code))
        {
            return code;
        }

        if (Codes.Contains(trimmed))
        {
            return trimmed.ToUpperInvariant();
        }

        return trimmed switch
        {
            _ when trimmed.StartsWith("руб", StringComparison.Ordinal) || trimmed is "р" or "rubli" or "rubles" or "roubles" => "RUB",
            _ when trimmed.StartsWith("złot", StringComparison.Ordinal) || trimmed is "zloty" or "zlotys" or "zl" => "PLN",
            _ when trimmed.StartsWith("доллар", StringComparison.Ordinal) || trimmed.StartsWith("dolar", StringComparison.Ordinal) || trimmed is "dollars" or "dollar" or "bucks" or "бакс" or "баксов" => "USD",
            "евро" or "euro" or "euros" => "EUR",
            _ when trimmed.StartsWith("фунт", StringComparison.Ordinal) || trimmed.StartsWith("funt", StringComparison.Ordinal) || trimmed is "pounds" or "pound" => "GBP",
            _ when trimmed.StartsWith("гривн", StringComparison.Ordinal) || trimmed is "грн" or "hryvnia" => "UAH",
            _ => null,
        };
    }
}
