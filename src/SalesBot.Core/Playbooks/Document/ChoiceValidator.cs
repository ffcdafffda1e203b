namespace SalesBot.Core.Playbooks.Document;

/// <summary>Choices belong to choice questions only, and a choice question needs at least two.</summary>
internal static class ChoiceValidator
{
    public static void Validate(List<ChoiceDocument?>? choices, AnswerKind? kind, string entry, ProblemList problems)
    {
        if (kind is null)
        {
            return;
        }

        if (kind != AnswerKind.Choice)
        {
            if (choices is { Count: > 0 })
            {
                problems.Add(entry, $"choices are only for kind 'choice', not '{PlaybookNames.Name(kind.Value)}'; remove them or change the kind");
            }

            return;
        }

        if (choices is null || choices.Count < 2)
        {
            problems.Add(entry, $"kind 'choice' needs at least two choices (got {choices?.Count ?? 0})");
        }

        var ids = new UniqueIds("choices");
        foreach (var (choice, i, here) in problems.Entries(entry, "choices", choices ?? [], c => c.Id))
        {
            ids.Check(choice.Id, i, here, problems);
            ValidateChoice(choice, here, problems);
        }
    }

    private static void ValidateChoice(ChoiceDocument choice, string entry, ProblemList problems)
    {
        if (PlaybookNames.IsBlank(choice.Title))
        {
            problems.Add(entry, "title is required");
        }

        if (choice.Score is null)
        {
            problems.Add(entry, "score is required (the share of the question's weight, 0 to 1)");
        }
        else if (choice.Score is < 0 or > 1 || double.IsNaN(choice.Score.Value))
        {
            problems.Add(entry, FormattableString.Invariant($"score must be between 0 and 1 (got {choice.Score})"));
        }
    }
}
