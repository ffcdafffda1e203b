namespace SalesBot.Core.Coaching;

/// <summary>The points of a summary, one line each, and who wrote them. Empty when nothing was recorded to summarize.</summary>
public sealed record CoachSummary(IReadOnlyList<string> Points, CoachSource Source);
