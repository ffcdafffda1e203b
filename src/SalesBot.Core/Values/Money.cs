using System.Globalization;

namespace SalesBot.Core.Values;

/// <summary>An amount with its ISO currency. Stored as "5000 USD"; shown as "5,000 USD".</summary>
public readonly record struct Money(decimal Amount, string Currency)
{
    public const string Unknown = "unknown";

    public string ToStored() => $"{Amount.ToString("0.##", CultureInfo.InvariantCulture)} {Currency}";

    public string ToDisplay() => ToDisplay(CultureInfo.InvariantCulture);

    /// <summary>"5,000 USD", "5 000 RUB", "5 000 PLN": the amount grouped the way <paramref name="culture"/> writes numbers.</summary>
    public string ToDisplay(CultureInfo culture) => $"{Amount.ToString("#,0.##", culture)} {Currency}";

    public override string ToString() => ToDisplay();

    /// <summary>Parses the stored form "5000 USD".</summary>
    public static bool TryParseStored(string? stored, out Money money)
    {
        money = default;
        if (string.IsNullOrWhiteSpace(stored))
        {
            return false;
        }

        var parts = stored.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !decimal.TryParse(parts[0], NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            return false;
        }

        money = new Money(amount, parts[1]);
        return true;
    }
}
