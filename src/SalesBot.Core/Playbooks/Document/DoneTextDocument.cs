namespace SalesBot.Core.Playbooks.Document;

/// <summary>A step's wrap-up for when one of its answers says so: { "id", "when": { "question", "answerIn" }, "text" }.</summary>
internal sealed class DoneTextDocument
{
    public string? Id { get; set; }

    public DoneConditionDocument? When { get; set; }

    public string? Text { get; set; }
}
