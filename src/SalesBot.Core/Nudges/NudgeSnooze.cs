namespace SalesBot.Core.Nudges;

/// <summary>Moves one pending or already sent nudge of the turn's owner to a new due time (it comes again then) and marks it snoozed.</summary>
public sealed record NudgeSnooze(string NudgeId, DateTimeOffset DueAt);
