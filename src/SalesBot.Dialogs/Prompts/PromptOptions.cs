namespace SalesBot.Dialogs.Prompts;

/// <summary>What a prompt asks and how it reads the answer. Persisted with the dialog state.</summary>
public sealed record PromptOptions(QuestionReply Question, AnswerKind Kind, IReadOnlyList<ChoiceOption> Choices, string Currency)
{
    /// <summary>
    /// A reply that is none of the choices ends the prompt anyway, as <see cref="PromptResult.Typed"/> text for the caller
    /// to read (the "Which prospect?" question matches it against the deals), instead of being asked again.
    /// </summary>
    public bool TypedFallback { get; init; }
}
