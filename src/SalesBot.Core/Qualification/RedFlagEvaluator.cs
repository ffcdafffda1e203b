using System.Globalization;
using SalesBot.Core.Deals;
using SalesBot.Core.Playbooks;
using SalesBot.Core.Values;

namespace SalesBot.Core.Qualification;

/// <summary>Decides whether a red-flag rule fires, or a wrap-up's condition holds, on a recorded answer.</summary>
public static class RedFlagEvaluator
{
    public static bool Fires(RedFlagRule rule, Answer answer, decimal startingPrice, string currency) =>
        Meets(rule.When, answer, startingPrice, currency);

    /// <summary>Whether <paramref name="answer"/> meets <paramref name="when"/>; an empty (skipped) answer meets nothing.</summary>
    public static bool Meets(RedFlagCondition when, Answer answer, decimal startingPrice, string currency)
    {
        var value = answer.Value;
        if (value.Length == 0)
        {
            return false;
        }

        if (when.Mentions is { } phrases)
        {
            return phrases.Any(p => Mentions(value, p));
        }

        if (when.AnswerIn is { } values)
        {
            return values.Contains(value, StringComparer.OrdinalIgnoreCase);
        }

        if (when.Unknown)
        {
            return string.Equals(value, Money.Unknown, StringComparison.OrdinalIgnoreCase);
        }

        if (when.BelowStartingPrice || when.BelowShareOfStartingPrice is not null)
        {
            var share = when.BelowShareOfStartingPrice ?? 1m;
            return Money.TryParseStored(value, out var money)
                && SameCurrency(money, currency)
                && money.Amount < startingPrice * share;
        }

        if (when.OtherCurrency)
        {
            return Money.TryParseStored(value, out var money) && !SameCurrency(money, currency);
        }

        if (when.LessThan is { } limit)
        {
            if (Money.TryParseStored(value, out var money))
            {
                return money.Amount < limit;
            }

            return decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && number < limit;
        }

        if (when.WithinDays is { } days)
        {
            return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                && date.DayNumber - DateOnly.FromDateTime(answer.RecordedAt.UtcDateTime).DayNumber < days;
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> holds <paramref name="phrase"/> with no letter or digit right before or after it.</summary>
    private static bool Mentions(string text, string phrase)
    {
        for (var at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + phrase.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameCurrency(Money money, string currency) =>
        string.Equals(money.Currency, currency, StringComparison.OrdinalIgnoreCase);
}
