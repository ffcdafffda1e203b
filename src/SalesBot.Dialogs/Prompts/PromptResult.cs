namespace SalesBot.Dialogs.Prompts;

/// <summary>A recognized answer: the normalized value and the note typed after it.</summary>
public sealed record PromptResult(string Value, string? Note)
{
    /// <summary>True when <see cref="Value"/> is the text as typed, none of the choices (<see cref="PromptOptions.TypedFallback"/>).</summary>
    public bool Typed { get; init; }
}
