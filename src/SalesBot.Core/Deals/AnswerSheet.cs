namespace SalesBot.Core.Deals;

/// <summary>The answers of one deal: the current version of each question, and the full history.</summary>
public sealed class AnswerSheet
{
    private readonly Dictionary<(string Step, string Question), List<Answer>> _byQuestion;

    public AnswerSheet(IEnumerable<Answer> answers)
    {
        All = answers.OrderBy(a => a.RecordedAt).ThenBy(a => a.Version).ToList();
        _byQuestion = All
            .GroupBy(a => (a.StepId.ToLowerInvariant(), a.QuestionId.ToLowerInvariant()))
            .ToDictionary(g => g.Key, g => g.OrderBy(a => a.Version).ToList());
    }

    public static AnswerSheet Empty { get; } = new([]);

    public IReadOnlyList<Answer> All { get; }

    /// <summary>The latest version, or null when never answered.</summary>
    public Answer? Current(string stepId, string questionId) =>
        _byQuestion.TryGetValue((stepId.ToLowerInvariant(), questionId.ToLowerInvariant()), out var versions) ? versions[^1] : null;

    /// <summary>True when the latest version holds a value (a skip records no value).</summary>
    public bool IsAnswered(string stepId, string questionId) =>
        Current(stepId, questionId) is { Value.Length: > 0 };

    public IReadOnlyList<Answer> History(string stepId, string questionId) =>
        _byQuestion.TryGetValue((stepId.ToLowerInvariant(), questionId.ToLowerInvariant()), out var versions) ? versions : [];

    public int NextVersion(string stepId, string questionId) => (Current(stepId, questionId)?.Version ?? 0) + 1;
}
