namespace SalesBot.Core.Playbooks.Document;

/// <summary>
/// The ids of one list in a playbook (the steps, a step's questions, a question's choices or red flags): each is required,
/// written as an id, not a reserved word, and used once in the list.
/// </summary>
/// <param name="list">The list's name in the file, e.g. "questions".</param>
/// <param name="scope">Where the list is, for the duplicate message, e.g. " of this step".</param>
internal sealed class UniqueIds(string list, string scope = "", IReadOnlySet<string>? reserved = null)
{
    private readonly Dictionary<string, int> _firstSeen = new(StringComparer.OrdinalIgnoreCase);

    public void Check(string? id, int index, string entry, ProblemList problems)
    {
        if (PlaybookNames.IsBlank(id))
        {
            problems.Add(entry, "id is required");
        }
        else if (!PlaybookNames.IsId(id!))
        {
            problems.Add(entry, $"id '{id}' must match {PlaybookNames.IdPattern} (lower-case letters, digits and dashes)");
        }
        else if (reserved?.Contains(id!) == true)
        {
            problems.Add(entry, $"id '{id}' is a reserved command word; choose another");
        }
        else if (!_firstSeen.TryAdd(id!, index))
        {
            problems.Add(entry, $"id '{id}' is already used by {list}[{_firstSeen[id!]}]{scope}");
        }
    }
}
