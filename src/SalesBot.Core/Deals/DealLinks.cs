namespace SalesBot.Core.Deals;

public static class DealLinks
{
    public static string Name(this DealLink link) => link.ToString().ToLowerInvariant();

    public static bool TryParse(string text, out DealLink link)
    {
        link = default;
        var trimmed = text.Trim();
        if (int.TryParse(trimmed, out var number))
        {
            if (number is >= 1 and <= 7)
            {
                link = (DealLink)number;
                return true;
            }

            return false;
        }

        foreach (var candidate in Enum.GetValues<DealLink>())
        {
            if (string.Equals(candidate.ToString(), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                link = candidate;
                return true;
            }
        }

        return false;
    }
}
