using SalesBot.Core.Conversations;
using SalesBot.Core.Nudges;

namespace SalesBot.Storage.Postgres;

internal sealed class PgNudgeRow
{
    public const string Columns =
        "id AS Id, tenant_id AS TenantId, user_id AS UserId, deal_id AS DealId, kind AS Kind, due_at AS DueAt, state AS State, " +
        "snoozed AS Snoozed, attempts AS Attempts, created_at AS CreatedAt, sent_at AS SentAt, note AS Note, sending_at AS SendingAt";

    public string Id { get; init; } = "";
    public string TenantId { get; init; } = "";
    public string UserId { get; init; } = "";
    public string DealId { get; init; } = "";
    public string Kind { get; init; } = "";
    public DateTime DueAt { get; init; }
    public string State { get; init; } = "";
    public bool Snoozed { get; init; }
    public int Attempts { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime? SentAt { get; init; }
    public string? Note { get; init; }
    public DateTime? SendingAt { get; init; }

    public Nudge ToNudge() => new(
        Id,
        new Owner(TenantId, UserId),
        DealId,
        PostgresValues.Parse<NudgeKind>(Kind),
        PostgresValues.Time(DueAt),
        PostgresValues.Time(CreatedAt))
    {
        State = PostgresValues.Parse<NudgeState>(State),
        Snoozed = Snoozed,
        Attempts = Attempts,
        SentAt = SentAt is { } sent ? PostgresValues.Time(sent) : null,
        Note = Note,
        SendingAt = SendingAt is { } sending ? PostgresValues.Time(sending) : null,
    };
}
