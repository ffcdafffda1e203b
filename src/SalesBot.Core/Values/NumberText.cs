using System.Globalization;

namespace SalesBot.Core.Values;

/// <summary>Reads the digits the recognizers matched: "5,000" and "5 000" group thousands; "4,5" is a decimal comma.</summary>
public static class NumberText
{
    public static decimal Parse(string digits)
    {
        var comma = digits.IndexOf(',', StringComparison.Ordinal);
        var isDecimalComma = comma >= 0 && digits.Length - comma - 1 is 1 or 2 && digits.IndexOf(',', comma + 1) < 0;
        var normalized = isDecimalComma
            ? digits.Replace(',', '.')
            : digits.Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return decimal.Parse(normalized, NumberStyles.Number, CultureInfo.InvariantCulture);
    }
}
