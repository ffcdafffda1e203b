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
    IReadOnlyList<RedFlagRule> RedFlags);
