namespace SalesBot.Core.Nudges;

/// <summary>How many touches in a row went unanswered (or were stalled), since when, and whether the personal letter went out after them.</summary>
public sealed record FollowUpState(int SilentCalls, DateTimeOffset? FirstSilentAt, DateTimeOffset? LastSilentAt, DateTimeOffset? LetterAt);
