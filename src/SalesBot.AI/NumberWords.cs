using System.Text.RegularExpressions;

namespace SalesBot.AI;

/// <summary>Whether a quoted budget names an amount in words ("five thousand", "a few grand").</summary>
internal static partial class NumberWords
{
    public static bool Contains(string text) => Pattern().IsMatch(text);

    [GeneratedRegex(@"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|grand|million|k)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
