namespace SalesBot.Core.Playbooks.Document;

/// <summary>answerIn lists answers the question can really receive: yes/no/unsure, or the ids of its choices.</summary>
internal static class AnswerInValidator
{
    public static void Validate(
        List<string?> values, AnswerKind? kind, List<ChoiceDocument?>? choices, string entry, ProblemList problems)
    {
        if (values.Count == 0)
        {
            problems.Add(entry, "answerIn needs at least one value");
            return;
        }

        var allowed = kind switch
        {
            AnswerKind.YesNo => PlaybookNames.YesNoValues,
            AnswerKind.Choice when choices is not null =>
                choices.Where(c => !PlaybookNames.IsBlank(c?.Id)).Select(c => c!.Id!.Trim()).ToList(),
            _ => null,
        };
        foreach (var value in values)
        {
            if (PlaybookNames.IsBlank(value))
            {
                problems.Add(entry, "answerIn has an empty value");
            }
            else if (allowed is not null && !allowed.Contains(value!.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                var what = kind == AnswerKind.YesNo ? "a yesNo answer" : "a choice of this question";
                problems.Add(entry, $"answerIn value '{value}' is not {what}; use {string.Join(", ", allowed)}");
            }
        }
    }
}
