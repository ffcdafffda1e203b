using SalesBot.Core.Deals;

namespace SalesBot.Storage.Postgres;

internal sealed class PgDealEventRow
{
    public const string Columns =
        "e.deal_id AS DealId, e.kind AS Kind, e.detail AS Detail, e.occurred_at AS OccurredAt, e.recorded_by AS RecordedBy";

    public string DealId { get; init; } = "";
    public string Kind { get; init; } = "";
    public string Detail { get; init; } = "";
    public DateTime OccurredAt { get; init; }
    public string RecordedBy { get; init; } = "";

    public DealEvent ToEvent() => new(DealId, Kind, Detail, PostgresValues.Time(OccurredAt), RecordedBy);
}
