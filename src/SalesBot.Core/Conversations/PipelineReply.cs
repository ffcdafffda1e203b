using SalesBot.Core.Coaching;

namespace SalesBot.Core.Conversations;

/// <summary>All of a user's deals grouped by stage, each with its next step.</summary>
public sealed record PipelineReply(IReadOnlyList<PipelineEntry> Deals) : Reply;
