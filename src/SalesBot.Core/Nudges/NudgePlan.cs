namespace SalesBot.Core.Nudges;

/// <summary>
/// The nudges a deal wants now. The store adds the missing ones, moves the due time of pending ones that were not
/// snoozed, and cancels the deal's other pending nudges.
/// </summary>
public sealed record NudgePlan(string DealId, IReadOnlyList<Nudge> Wanted);
