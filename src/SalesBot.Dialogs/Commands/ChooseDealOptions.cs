namespace SalesBot.Dialogs.Commands;

/// <summary>An ambiguous prospect name: the command to re-run, the rest of its arguments, and the deals it may mean.</summary>
public sealed record ChooseDealOptions(string Command, string Rest, IReadOnlyList<string> Names, string? NewName)
{
    /// <summary>What to ask; "Which one do you mean?" when a name was ambiguous.</summary>
    public string? Question { get; init; }
}
