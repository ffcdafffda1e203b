namespace SalesBot.Core.Conversations;

/// <summary>A proactive reminder: one item, or several in the morning digest, each with one-tap actions.</summary>
public sealed record NudgeReply(IReadOnlyList<NudgeItem> Items) : Reply
{
    /// <summary>The outbox ids of the nudges this message carries, so a channel can tell later whether it arrived.</summary>
    public IReadOnlyList<string> NudgeIds { get; init; } = [];
}
