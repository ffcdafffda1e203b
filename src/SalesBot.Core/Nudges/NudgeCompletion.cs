namespace SalesBot.Core.Nudges;

/// <summary>The user pressed Done on a pending nudge of theirs.</summary>
public sealed record NudgeCompletion(string NudgeId);
