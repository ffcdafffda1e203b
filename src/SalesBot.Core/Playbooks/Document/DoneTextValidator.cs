namespace SalesBot.Core.Playbooks.Document;

/// <summary>
/// A step's conditional wrap-ups: each has a unique id, a text, and a "when" that names a question of the same step and
/// one condition its kind of answer can meet (the same conditions and checks as a red flag's, plus "mentions" for text).
/// </summary>
internal static class DoneTextValidator
{
    public static void Validate(StepDocument step, string entry, ProblemList problems)
    {
        if (step.DoneWhen is null)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (done, _, here) in problems.Entries(entry, "doneWhen", step.DoneWhen, d => d.Id))
        {
            if (PlaybookNames.IsBlank(done.Id))
            {
                problems.Add(here, "id is required");
            }
            else if (!seen.Add(done.Id!))
            {
                problems.Add(here, $"id '{done.Id}' is used twice in this step");
            }

            if (PlaybookNames.IsBlank(done.Text))
            {
                problems.Add(here, "text is required (what to tell the user instead of done)");
            }

            ValidateWhen(step, done.When, here, problems);
        }
    }

    private static void ValidateWhen(StepDocument step, DoneConditionDocument? when, string entry, ProblemList problems)
    {
        if (when is null || PlaybookNames.IsBlank(when.Question))
        {
            problems.Add(entry, "when needs a question of this step and one condition, e.g. { \"question\": \"ready\", \"answerIn\": [\"no\"] }");
            return;
        }

        var question = step.Questions?.FirstOrDefault(q => string.Equals(q?.Id, when.Question!.Trim(), StringComparison.OrdinalIgnoreCase));
        if (question is null)
        {
            problems.Add(entry, $"when names question '{when.Question}', which this step does not have");
            return;
        }

        if (!PlaybookNames.TryParseKind(question.Kind, out var kind))
        {
            return; // the question's own check reports its kind; a wrap-up on it cannot be judged until then
        }

        ConditionValidator.Validate(when, kind, question.Choices, entry, problems, wrapUp: true);
    }
}
