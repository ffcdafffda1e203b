namespace SalesBot.Core.Playbooks;

/// <summary>Score thresholds in percent: at least <paramref name="QualifiedAtLeast"/> with no hard stop is "qualified";
/// below <paramref name="WalkAwayBelow"/> is "walk away"; between is "needs work".</summary>
public sealed record VerdictRules(int QualifiedAtLeast, int WalkAwayBelow);
