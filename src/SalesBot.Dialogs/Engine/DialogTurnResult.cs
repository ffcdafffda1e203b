namespace SalesBot.Dialogs.Engine;

public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    /// <summary>Returned by a step that asked something and now waits for the answer.</summary>
    public static DialogTurnResult EndOfTurn { get; } = new(DialogTurnStatus.Waiting);
}
