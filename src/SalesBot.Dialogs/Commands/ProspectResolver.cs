namespace SalesBot.Dialogs.Commands;

/// <summary>
/// Finds deals by prospect name, case-insensitively: an exact name wins; otherwise a unique deal whose name
/// contains the typed words as a run of its own words, the last one possibly cut short ("sweet crumbs" and
/// "crumbs bak" both find "Sweet Crumbs Bakery"); several such deals are ambiguous.
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

        var typed = Words(wanted);
        var partial = deals.Where(d => ContainsRun(Words(ProspectName.Normalize(d.Prospect)), typed))
            .OrderBy(d => d.Prospect, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return partial.Count == 1 ? new DealMatch(partial[0], partial) : new DealMatch(null, partial);
    }

    /// <summary>
    /// Splits "sweet crumbs call no answer" into the prospect and the rest: a quoted name, else the longest run of
    /// leading words that names an existing deal exactly, else the longest run that names exactly one deal in part,
    /// else the first word.
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

        if (words.Length > 0 && !names.Contains(ProspectName.Normalize(words[0])))
        {
            for (var count = words.Length; count > 1; count--)
            {
                var candidate = string.Join(' ', words.Take(count));
                if (Match(deals, candidate).Deal is not null)
                {
                    return (candidate, string.Join(' ', words.Skip(count)));
                }
            }
        }

        return ArgumentText.FirstWord(trimmed);
    }

    private static string[] Words(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The typed words are consecutive words of the name; each typed word is the whole word, the last may be its start.</summary>
    private static bool ContainsRun(string[] name, string[] typed)
    {
        for (var start = 0; start + typed.Length <= name.Length; start++)
        {
            var all = true;
            for (var i = 0; i < typed.Length && all; i++)
            {
                all = i == typed.Length - 1
                    ? name[start + i].StartsWith(typed[i], StringComparison.OrdinalIgnoreCase)
                    : string.Equals(name[start + i], typed[i], StringComparison.OrdinalIgnoreCase);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }
}
