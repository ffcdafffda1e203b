using SalesBot.Core.Conversations;

namespace SalesBot.Core.Coaching;

/// <summary>One free-text answer (or the note typed after a yes/no) to look at.</summary>
/// <param name="Question">The playbook question it answers, "{prospect}" left in.</param>
/// <param name="ExpectsAmount">The question asks for an amount, so a bare number is read as the budget.</param>
/// <param name="Currency">The salesperson's currency, for figures without one.</param>
public sealed record AnswerAnalysisRequest(
    Owner Owner,
    string Question,
    string Text,
    bool ExpectsAmount,
    string Currency) : ICoachRequest
{
    /// <summary>The playbook's stall phrases; the default playbook's when not given.</summary>
    public IReadOnlyList<string> StallPhrases { get; init; } = Playbooks.PlaybookLoader.LoadDefault().Nudges.FollowUp.StallPhrases;

    /// <inheritdoc/>
    public string Language { get; init; } = CoachLanguage.Current;
}
