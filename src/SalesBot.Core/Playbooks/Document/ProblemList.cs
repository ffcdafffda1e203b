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
}
