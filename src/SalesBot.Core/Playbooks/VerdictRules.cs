namespace SalesBot.Core.Playbooks;

/// <summary>
/// How the verdict is reached. Score thresholds in percent of the answered questions' weight: at least
/// <paramref name="QualifiedAtLeast"/> with no open blocker or hard stop is "qualified"; below
/// <paramref name="WalkAwayBelow"/> is "walk away"; between is "needs work".
/// </summary>
public sealed record VerdictRules(int QualifiedAtLeast, int WalkAwayBelow)
{
    /// <summary>This many open blockers at once mean "walk away".</summary>
    public int WalkAwayAtBlockers { get; init; } = 3;

    /// <summary>"Qualified" needs at least this percentage of the judged questions answered.</summary>
    public int QualifiedNeedsAnswered { get; init; } = 80;

    /// <summary>How many of <paramref name="total"/> questions must be answered for "qualified".</summary>
    public int AnsweredNeeded(int total) => (int)Math.Ceiling(total * QualifiedNeedsAnswered / 100.0);
}
