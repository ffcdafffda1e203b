using SalesBot.Core.Conversations;
using SalesBot.Core.Nudges;

namespace SalesBot.Storage.Sqlite;

internal sealed class NudgeRow
{
    public const string Columns =
        "id AS Id, tenant_id AS TenantId, user_id AS UserId, deal_id AS DealId, kind AS Kind, due_at AS DueAt, state AS State, " +
        "snoozed AS Snoozed, attempts AS Attempts, created_at AS CreatedAt, sent_at AS SentAt, note AS Note, sending_at AS SendingAt";

    public string Id { get; init; } = "";
    public string TenantId { get; init; } = "";
    public string UserId { get; init; } = "";
    public string DealId { get; init; } = "";
    public string Kind { get; init; } = "";
    public long DueAt { get; init; }
    public string State { get; init; } = "";
    public long Snoozed { get; init; }
    public long Attempts { get; init; }
    public long CreatedAt { get; init; }
    public long? SentAt { get; init; }
    public string? Note { get; init; }
    public long? SendingAt { get; init; }

    public Nudge ToNudge() => new(
        Id,
        new Owner(TenantId, UserId),
        DealId,
        SqliteValues.Parse<NudgeKind>(Kind),
        SqliteValues.Time(DueAt),
        SqliteValues.Time(CreatedAt))
    {
        State = SqliteValues.Parse<NudgeState>(State),
        Snoozed = Snoozed != 0,
        Attempts = (int)Attempts,
        SentAt = SentAt is { } sent ? SqliteValues.Time(sent) : null,
        Note = Note,
        SendingAt = SendingAt is { } sending ? SqliteValues.Time(sending) : null,
    };
}
