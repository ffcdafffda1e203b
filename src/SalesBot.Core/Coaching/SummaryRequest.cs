using SalesBot.Core.Conversations;

namespace SalesBot.Core.Coaching;

/// <summary>What the summary before the close is written from: the prospect and the recorded needs and goals.</summary>
public sealed record SummaryRequest(Owner Owner, string Prospect, IReadOnlyList<CoachFact> Facts) : ICoachRequest
{
    /// <inheritdoc/>
    public string Language { get; init; } = CoachLanguage.Current;
}
