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

        var multiplier = MoneyWords.Multiplier(match.Groups["mult"].Value);
        var upperMultiplier = match.Groups["mult2"].Success ? MoneyWords.Multiplier(match.Groups["mult2"].Value) : multiplier;
        var lowerMultiplier = match.Groups["mult"].Success ? multiplier : upperMultiplier; // "3-5k": the k counts for both
        var amount = MoneyWords.Number(match.Groups["num"].Value) * lowerMultiplier;
        decimal? upper = match.Groups["num2"].Success ? MoneyWords.Number(match.Groups["num2"].Value) * upperMultiplier : null;
        if (amount <= 0)
        {
            return Recognition.Fail(Localization.Strings.Get("Retry.MoneyPositive"));
        }

        var consumed = match.Length;
        var currency = MoneyWords.Currency(match.Groups["pre"].Value) ?? MoneyWords.Currency(match.Groups["post"].Value);
        if (currency is null && match.Groups["post"].Success && match.Groups["post"].Length > 0)
        {
            consumed = match.Groups["post"].Index; // the word after the number was not a currency: it starts the note
        }

        var money = new Money(amount, currency ?? defaultCurrency);
        var note = NoteSplitter.NoteAfter(text, consumed);
        if (upper is { } top && top > amount)
        {
            // The lower end is what they can surely pay; the range itself is kept in the note.
            var culture = System.Globalization.CultureInfo.CurrentUICulture;
            var range = $"{money.Amount.ToString("#,0.##", culture)}–{new Money(top, money.Currency).ToDisplay(culture)}";
            note = note is null ? range : $"{range}; {note}";
        }

        return Recognition.Ok(money.ToStored(), note);
    }

    [GeneratedRegex(
        @"^\s*(?:(?:about|around|approx(?:imately|\.)?|roughly|~|≈|около|примерно|приблизительно|где-то|порядка|около|około|ok\.|mniej\s+więcej|jakieś|circa|ca\.)\s*)?"
        + @"(?:(?:from|between|от|od)\s+)?"
        + @"(?<pre>[$€£₽¥₹₴]|[A-Z]{3}(?=\s*\d))?\s*(?<num>" + MoneyWords.Digits + ")"
        + @"\s*(?<mult>" + MoneyWords.Multipliers + @")?"
        + @"(?:\s*(?:-|–|—|to|до|do)\s*(?<num2>" + MoneyWords.Digits + @")\s*(?<mult2>" + MoneyWords.Multipliers + @")?)?"
        + @"\s*(?<post>" + MoneyWords.After + ")?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AmountPattern();

    [GeneratedRegex(
        @"^\s*(unknown|won'?t\s+say|wouldn'?t\s+say|refused|no\s+idea|not\s+sure|unsure|don'?t\s+know|n/a|\?"
        + @"|не\s+знаю|неизвестно|не\s+сказали?|не\s+говорят|не\s+скажут|отказались|непонятно"
        + @"|nie\s+wiem|nieznany|nieznana|nie\s+powiedzieli|nie\s+powiedział[a]?|nie\s+chcą\s+powiedzieć|odmówili)(?=$|[\s\-–—,:;.!(])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnknownPattern();
}
