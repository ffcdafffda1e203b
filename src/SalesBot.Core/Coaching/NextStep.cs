namespace SalesBot.Core.Coaching;

/// <summary>What to do next and why, with the command that does it (when there is one).</summary>
public sealed record NextStep(string Action, string Why, string? Command);
