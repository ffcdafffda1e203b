namespace SalesBot.Core.Deals;

/// <summary>
/// One recorded answer. Answers are append-only: changing an answer records a new version,
/// and every version stays with its time and author.
/// </summary>
/// <param name="Value">The normalized value: yes/no/unsure, a choice id, "5000 USD", "2026-12-01", a number, or free text.
/// Empty when the question was skipped on purpose.</param>
public sealed record Answer(
    string DealId,
    string StepId,
    string QuestionId,
    int Version,
    string Value,
    string? Note,
    DateTimeOffset RecordedAt,
    string RecordedBy);
