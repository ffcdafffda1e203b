using System.Globalization;
using System.Text.RegularExpressions;
using SalesBot.Core.Values;

namespace SalesBot.Dialogs.Prompts;

/// <summary>
/// Reads amounts like "$5,000", "5k", "5000 USD", "€4.5k", "5 000 ₽", "5 тыс. руб.", "5 tys. zł", "4,5k €", approximate ones
/// ("about 3k", "около 5 тыс.") and ranges ("3-5k", stored as the lower end with the range as a note); "unknown" when the
/// prospect would not say. Every user is understood in every language; the stored value is always "5000 PLN".
/// </summary>
internal static partial class MoneyRecognizer
{
    public static string Example => Localization.Strings.Get("Example.Money");

    private static readonly Dictionary<string, string> Symbols = new(StringComparer.OrdinalIgnoreCase)
    {
        ["$"] = "USD", ["€"] = "EUR", ["£"] = "GBP", ["zł"] = "PLN", ["₽"] = "RUB", ["¥"] = "JPY", ["₹"] = "INR", ["₴"] = "UAH",
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
            return Recognition.Fail(Localization.Strings.Get("Retry.Money"));
        }

        var multiplier = Multiplier(match.Groups["mult"].Value);
        var upperMultiplier = match.Groups["mult2"].Success ? Multiplier(match.Groups["mult2"].Value) : multiplier;
        var lowerMultiplier = match.Groups["mult"].Success ? multiplier : upperMultiplier; // "3-5k": the k counts for both
        var amount = Number(match.Groups["num"].Value) * lowerMultiplier;
        decimal? upper = match.Groups["num2"].Success ? Number(match.Groups["num2"].Value) * upperMultiplier : null;
        if (amount <= 0)
        {
            return Recognition.Fail(Localization.Strings.Get("Retry.MoneyPositive"));
        }

        var consumed = match.Length;
        var currency = Currency(match.Groups["pre"].Value) ?? Currency(match.Groups["post"].Value);
        if (currency is null && match.Groups["post"].Success && match.Groups["post"].Length > 0)
        {
            consumed = match.Groups["post"].Index; // the word after the number was not a currency: it starts the note
        }

        var money = new Money(amount, currency ?? defaultCurrency);
        var note = NoteSplitter.NoteAfter(text, consumed);
        if (upper is { } top && top > amount)
        {
            // The lower end is what they can surely pay; the range itself is kept in the note.
            var range = $"{money.ToDisplay().Split(' ')[0]}–{new Money(top, money.Currency).ToDisplay()}";
            note = note is null ? range : $"{range}; {note}";
        }

        return Recognition.Ok(money.ToStored(), note);
    }

    private static decimal Number(string digits) => NumberText.Parse(digits.Replace('\u00A0', ' ').Replace('\u202F', ' '));

    private static decimal Multiplier(string word)
    {
        var lower = word.ToLowerInvariant().TrimEnd('.');
        return lower switch
        {
            "" => 1m,
            "k" or "тыс" or "тысяч" or "тысячи" or "тысяча" or "тыщ" or "tys" or "tysięcy" or "tysiące" or "tysiąc" or "thousand" or "grand" => 1_000m,
            _ => 1_000_000m,
        };
    }

    private static string? Currency(string token)
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

    private const string Digits = @"\d{1,3}(?:[,\u00A0\u202F ]\d{3})+(?:\.\d+)?|\d+,\d{1,2}(?!\d)|\d+(?:\.\d+)?";

    private const string Mult = @"[kKmM](?![\p{L}])|тыс(?:\.|яч[аи]?\b|\b)|тыщ\b|млн\.?|tys(?:\.|ięcy\b|iące\b|iąc\b|\b)|mln\.?|thousand\b|grand\b|million\b";

    private const string Post = @"złotych|złote|złoty|[$€£₽¥₹₴]|zł\.?|руб(?:лей|ля|ль)?\.?|р\.|долларов|доллара|доллар|dolarów|dolary|dolar|dollars?|bucks|евро|euros?|фунтов|funtów|pounds?|грн\.?|гривен|[A-Za-z]{3}(?![A-Za-z])";

    [GeneratedRegex(
        @"^\s*(?:(?:about|around|approx(?:imately|\.)?|roughly|~|≈|около|примерно|приблизительно|где-то|порядка|около|około|ok\.|mniej\s+więcej|jakieś|circa|ca\.)\s*)?"
        + @"(?:(?:from|between|от|od)\s+)?"
        + @"(?<pre>[$€£₽¥₹₴]|[A-Z]{3}(?=\s*\d))?\s*(?<num>" + Digits + ")"
        + @"\s*(?<mult>" + Mult + @")?"
        + @"(?:\s*(?:-|–|—|to|до|do)\s*(?<num2>" + Digits + @")\s*(?<mult2>" + Mult + @")?)?"
        + @"\s*(?<post>" + Post + ")?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AmountPattern();

    [GeneratedRegex(
        @"^\s*(unknown|won'?t\s+say|wouldn'?t\s+say|refused|no\s+idea|not\s+sure|unsure|don'?t\s+know|n/a|\?"
        + @"|не\s+знаю|неизвестно|не\s+сказали?|не\s+говорят|не\s+скажут|отказались|непонятно"
        + @"|nie\s+wiem|nieznany|nieznana|nie\s+powiedzieli|nie\s+powiedział[a]?|nie\s+chcą\s+powiedzieć|odmówili)(?=$|[\s\-–—,:;.!(])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnknownPattern();
}
