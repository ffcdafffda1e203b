namespace SalesBot.Core.Playbooks;

/// <summary>A red flag: when it fires, how much it weighs, what it means and what to do about it.</summary>
public sealed record RedFlagRule(string Id, RedFlagCondition When, Severity Severity, string Flag, string Advice)
{
    /// <summary>What closes the flag, completing "qualified once …" (required for blockers and hard stops).</summary>
    public string? ClosesWhen { get; init; }
}
