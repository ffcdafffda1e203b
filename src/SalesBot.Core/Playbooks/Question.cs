namespace SalesBot.Core.Playbooks;

/// <summary>
/// One question the bot asks the salesperson. Text may contain {prospect} and {startingPrice}.
/// <paramref name="Weight"/> is its share of the qualification score (0 when not scored).
/// </summary>
public sealed record Question(
    string Id,
    string Text,
    AnswerKind Kind,
    string Tip,
    string? Example,
    int Weight,
    IReadOnlyList<ChoiceOption> Choices,
    IReadOnlyList<RedFlagRule> RedFlags)
{
    /// <summary>A few words naming the question where space is short ("Weights: budget 12/12"); the text when the playbook gives none.</summary>
    public string? Label { get; init; }

    public string ShortName => Label ?? Text;
}
