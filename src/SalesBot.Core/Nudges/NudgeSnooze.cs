namespace SalesBot.Core.Nudges;

/// <summary>Moves one pending nudge of the turn's owner to a new due time and marks it snoozed.</summary>
public sealed record NudgeSnooze(string NudgeId, DateTimeOffset DueAt);
