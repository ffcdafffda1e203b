using SalesBot.Core.Playbooks;

namespace SalesBot.Core.Conversations;

/// <summary>One question of a flow, with its choices, coaching tip, suggested wording to use with the prospect, and position in the flow.</summary>
public sealed record QuestionReply(
    string Text,
    string? Tip,
    IReadOnlyList<Choice> Choices,
    Progress? Progress,
    string? Wording,
    string? CurrentAnswer) : Reply
{
    /// <summary>How the question is answered, so a channel can offer the matching input (date picker, number, text); null = choices only.</summary>
    public AnswerKind? Kind { get; init; }

    /// <summary>The user's currency, preselected next to a money input.</summary>
    public string? Currency { get; init; }
}
