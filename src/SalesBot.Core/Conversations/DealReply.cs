using SalesBot.Core.Coaching;

namespace SalesBot.Core.Conversations;

/// <summary>The deal view: stage, answers, verdict, red flags and the next step.</summary>
public sealed record DealReply(DealView Deal) : Reply;
