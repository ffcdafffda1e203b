using SalesBot.Core.Deals;

namespace SalesBot.Storage.Postgres;

internal sealed class PgTouchRow
{
    public const string Columns =
        "t.deal_id AS DealId, t.kind AS Kind, t.outcome AS Outcome, t.occurred_at AS OccurredAt, t.recorded_by AS RecordedBy";

    public string DealId { get; init; } = "";
    public string Kind { get; init; } = "";
    public string Outcome { get; init; } = "";
    public DateTime OccurredAt { get; init; }
    public string RecordedBy { get; init; } = "";

    public Touch ToTouch() => new(DealId, PostgresValues.Parse<TouchKind>(Kind), Outcome, PostgresValues.Time(OccurredAt), RecordedBy);
}
