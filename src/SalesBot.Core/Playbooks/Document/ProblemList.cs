namespace SalesBot.Core.Playbooks.Document;

/// <summary>Everything wrong with a playbook file, one line per problem: "entry: what is wrong".</summary>
internal sealed class ProblemList
{
    private readonly List<string> problems = [];

    public IReadOnlyList<string> Items => problems;

    public void Add(string entry, string problem) => problems.Add($"{entry}: {problem}");

    /// <summary>Names an entry of a list, with its id when it has one: "steps[1] (qualify) > questions[4] (budget)".</summary>
    public static string Entry(string? parent, string list, int index, string? id)
    {
        var self = string.IsNullOrWhiteSpace(id) ? $"{list}[{index}]" : $"{list}[{index}] ({id.Trim()})";
        return parent is null ? self : $"{parent} > {self}";
    }

    /// <summary>
    /// The items of a list, each with its index and <see cref="Entry"/> name; an item left empty in the file (null) is
    /// reported as "is empty" and skipped.
    /// </summary>
    public IEnumerable<(T Item, int Index, string Entry)> Entries<T>(string? parent, string list, IReadOnlyList<T?> items, Func<T, string?> id)
        where T : class
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not { } item)
            {
                Add(Entry(parent, list, i, null), "is empty");
                continue;
            }

            yield return (item, i, Entry(parent, list, i, id(item)));
        }
    }
}
