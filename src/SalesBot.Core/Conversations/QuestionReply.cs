namespace SalesBot.Core.Conversations;

/// <summary>One question of a flow, with its choices, coaching tip, suggested wording to use with the prospect, and position in the flow.</summary>
public sealed record QuestionReply(
    string Text,
    string? Tip,
    IReadOnlyList<Choice> Choices,
    Progress? Progress,
    string? Wording,
    string? CurrentAnswer) : Reply;
