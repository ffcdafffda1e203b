using SalesBot.Core.Conversations;

namespace SalesBot.Core.Coaching;

/// <summary>What the closing feedback questionnaire is written from: the client and what the project was for.</summary>
public sealed record FeedbackQuestionnaireRequest(Owner Owner, string Prospect, IReadOnlyList<CoachFact> Facts) : ICoachRequest
{
    /// <inheritdoc/>
    public string Language { get; init; } = CoachLanguage.Current;
}
