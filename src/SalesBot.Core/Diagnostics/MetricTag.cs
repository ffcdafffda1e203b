namespace SalesBot.Core.Diagnostics;

/// <summary>
/// Tag values for metrics: lower-case letters, digits, '_', '-' and '.', at most 32 characters; anything else becomes
/// "other". Channel ids can come from callers, and every distinct value would be a new time series.
/// </summary>
public static class MetricTag
{
    public const string Other = "other";
    private const int MaxLength = 32;

    public static string Clean(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength)
        {
            return Other;
        }

        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '_' or '-' or '.'))
            {
                return Other;
            }
        }

        return value;
    }
}
