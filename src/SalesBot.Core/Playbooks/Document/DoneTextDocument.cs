namespace SalesBot.Core.Playbooks.Document;

/// <summary>A step's wrap-up for when one of its answers says so: { "id", "when": { "question", "answerIn" }, "text" }.</summary>
internal sealed record DoneTextDocument(string? Id, DoneConditionDocument? When, string? Text);
