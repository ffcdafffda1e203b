namespace SalesBot.Dialogs.Prompts;

/// <summary>A recognized answer: the normalized value and the note typed after it.</summary>
public sealed record PromptResult(string Value, string? Note);
