namespace SalesBot.Core.Conversations;

/// <summary>One question of a flow, with its choices, coaching tip and position in the flow.</summary>
public sealed record QuestionReply(
    string Text,
    string? Tip,
    IReadOnlyList<Choice> Choices,
    Progress? Progress,
    string? Example,
    string? CurrentAnswer) : Reply;
