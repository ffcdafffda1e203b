namespace SalesBot.Core.Coaching;

/// <summary>A text the coach drafted, ready to show, and who drafted it.</summary>
public sealed record CoachText(string Text, CoachSource Source);
