using SalesBot.Core.Conversations;

namespace SalesBot.Core.Nudges;

/// <summary>
/// A row of the nudge outbox. <see cref="Id"/> is also the idempotency key: it is derived from the deal, the kind and the
/// moment that caused the nudge, so planning the same deal again yields the same id and never a second nudge.
/// </summary>
public sealed record Nudge(string Id, Owner Owner, string DealId, NudgeKind Kind, DateTimeOffset DueAt, DateTimeOffset CreatedAt)
{
    public NudgeState State { get; init; } = NudgeState.Pending;

    /// <summary>The user moved the due time; planning the deal again keeps the user's choice.</summary>
    public bool Snoozed { get; init; }

    /// <summary>How many times a dispatcher claimed it.</summary>
    public int Attempts { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    /// <summary>When an earlier claim began a send that was never confirmed (it may have arrived); null otherwise.</summary>
    public DateTimeOffset? SendingAt { get; init; }

    /// <summary>Why it was cancelled or why the last send failed.</summary>
    public string? Note { get; init; }

    public static string MakeId(string dealId, NudgeKind kind, DateTimeOffset? cause) =>
        cause is { } at
            ? $"{dealId}.{kind.ToString().ToLowerInvariant()}.{at.UtcTicks}"
            : $"{dealId}.{kind.ToString().ToLowerInvariant()}";
}
