namespace SalesBot.Core.Conversations;

/// <summary>A proactive reminder: one item, or several in the morning digest, each with one-tap actions.</summary>
public sealed record NudgeReply(IReadOnlyList<NudgeItem> Items) : Reply;
