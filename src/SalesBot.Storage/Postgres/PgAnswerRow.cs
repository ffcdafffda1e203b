using SalesBot.Core.Deals;

namespace SalesBot.Storage.Postgres;

internal sealed class PgAnswerRow
{
    public const string Columns =
        "a.deal_id AS DealId, a.step_id AS StepId, a.question_id AS QuestionId, a.version AS Version, a.value AS Value, " +
        "a.note AS Note, a.recorded_at AS RecordedAt, a.recorded_by AS RecordedBy";

    public string DealId { get; init; } = "";
    public string StepId { get; init; } = "";
    public string QuestionId { get; init; } = "";
    public int Version { get; init; }
    public string Value { get; init; } = "";
    public string? Note { get; init; }
    public DateTime RecordedAt { get; init; }
    public string RecordedBy { get; init; } = "";

    public Answer ToAnswer() => new(DealId, StepId, QuestionId, Version, Value, Note, PostgresValues.Time(RecordedAt), RecordedBy);
}
