using SalesBot.Core.Conversations;

namespace SalesBot.Core.Coaching;

/// <summary>
/// What the "personal" letter of "three calls and a letter" is written from: the prospect, the salesperson's name
/// for the signature, the dates of the unanswered calls and the recorded answers that matter (their goals).
/// </summary>
public sealed record FollowUpLetterRequest(
    Owner Owner,
    string Prospect,
    string? Salesperson,
    IReadOnlyList<DateOnly> CallDates,
    IReadOnlyList<CoachFact> Facts) : ICoachRequest
{
    /// <inheritdoc/>
    public string Language { get; init; } = CoachLanguage.Current;
}
