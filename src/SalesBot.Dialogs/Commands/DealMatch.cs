namespace SalesBot.Dialogs.Commands;

/// <summary>The deals a prospect name may mean: one, several (ask which), or none.</summary>
public sealed record DealMatch(Deal? Deal, IReadOnlyList<Deal> Candidates)
{
    public bool IsAmbiguous => Deal is null && Candidates.Count > 1;
}
