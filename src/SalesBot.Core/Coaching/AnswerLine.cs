namespace SalesBot.Core.Coaching;

/// <summary>One recorded answer as shown to the user.</summary>
public sealed record AnswerLine(
    string StepId,
    string StepTitle,
    string QuestionId,
    string Question,
    string Value,
    string? Note,
    DateTimeOffset RecordedAt,
    string RecordedBy,
    int Version);
