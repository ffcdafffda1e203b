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

        var firstSeen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < (choices?.Count ?? 0); i++)
        {
            ValidateChoice(choices![i], i, entry, firstSeen, problems);
        }
    }

    private static void ValidateChoice(
        ChoiceDocument? choice, int index, string parent, Dictionary<string, int> firstSeen, ProblemList problems)
    {
        var entry = ProblemList.Entry(parent, "choices", index, choice?.Id);
        if (choice is null)
        {
            problems.Add(entry, "is empty");
            return;
        }

        if (PlaybookNames.IsBlank(choice.Id))
        {
            problems.Add(entry, "id is required");
        }
        else if (!PlaybookNames.IsId(choice.Id!))
        {
            problems.Add(entry, $"id '{choice.Id}' must match {PlaybookNames.IdPattern} (lower-case letters, digits and dashes)");
        }
        else if (!firstSeen.TryAdd(choice.Id!, index))
        {
            problems.Add(entry, $"id '{choice.Id}' is already used by choices[{firstSeen[choice.Id!]}]");
        }

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
