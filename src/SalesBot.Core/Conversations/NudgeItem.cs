namespace SalesBot.Core.Conversations;

/// <summary>
/// One nudge as shown to the user: a headline, what to do, an optional draft (the personal letter, the feedback
/// questions), and buttons whose values are commands run as if typed.
/// </summary>
public sealed record NudgeItem(string Title, string Text, string? Draft, IReadOnlyList<Choice> Actions);
