using SalesBot.Core.Deals;

namespace SalesBot.Dialogs.Commands;

/// <summary>
/// Finds deals by prospect name, case-insensitively: an exact name wins; otherwise a unique deal whose name
/// starts with (or contains a word starting with) the text; several such deals are ambiguous.
/// </summary>
public static class ProspectResolver
{
    public static DealMatch Match(IReadOnlyList<Deal> deals, string name)
    {
        var wanted = ProspectName.Normalize(name);
        if (wanted.Length == 0)
        {
            return new DealMatch(null, []);
        }

        var exact = deals.Where(d => string.Equals(ProspectName.Normalize(d.Prospect), wanted, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(d => d.IsOpen).ThenByDescending(d => d.UpdatedAt).ToList();
        if (exact.Count > 0)
        {
            return new DealMatch(exact[0], exact);
        }

        var partial = deals.Where(d => d.Prospect.StartsWith(wanted, StringComparison.OrdinalIgnoreCase)
                || d.Prospect.Split(' ').Any(w => w.StartsWith(wanted, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(d => d.Prospect, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return partial.Count == 1 ? new DealMatch(partial[0], partial) : new DealMatch(null, partial);
    }

    /// <summary>
    /// Splits "Acme Corp call no answer" into the prospect and the rest: a quoted name, else the longest
    /// run of leading words that names an existing deal, else the first word.
    /// </summary>
    public static (string Name, string Remainder) SplitName(IReadOnlyList<Deal> deals, string arguments)
    {
        var trimmed = arguments.Trim();
        if (trimmed.StartsWith('"'))
        {
            return ArgumentText.FirstWord(trimmed);
        }

        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var names = deals.Select(d => ProspectName.Normalize(d.Prospect)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var count = words.Length; count > 1; count--)
        {
            var candidate = string.Join(' ', words.Take(count));
            if (names.Contains(ProspectName.Normalize(candidate)))
            {
                return (candidate, string.Join(' ', words.Skip(count)));
            }
        }

        return ArgumentText.FirstWord(trimmed);
    }
}
