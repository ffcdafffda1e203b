namespace SalesBot.Core.Playbooks.Document;

/// <summary>
/// A step's conditional wrap-ups: each has a unique id, a text, and a "when" that names a yes/no or choice question
/// of the same step and answers it can really receive (the same check as a red flag's answerIn).
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
        for (var i = 0; i < step.DoneWhen.Count; i++)
        {
            var done = step.DoneWhen[i];
            var here = ProblemList.Entry(entry, "doneWhen", i, done?.Id);
            if (done is null)
            {
                problems.Add(here, "is empty");
                continue;
            }

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
        if (when is null || PlaybookNames.IsBlank(when.Question) || when.AnswerIn is null)
        {
            problems.Add(entry, "when needs a question of this step and answerIn, e.g. { \"question\": \"ready\", \"answerIn\": [\"no\"] }");
            return;
        }

        var question = step.Questions?.FirstOrDefault(q => string.Equals(q?.Id, when.Question!.Trim(), StringComparison.OrdinalIgnoreCase));
        if (question is null)
        {
            problems.Add(entry, $"when names question '{when.Question}', which this step does not have");
            return;
        }

        if (!PlaybookNames.TryParseKind(question.Kind, out var kind) || kind is not (AnswerKind.YesNo or AnswerKind.Choice))
        {
            problems.Add(entry, $"when names question '{when.Question}'; only yesNo and choice questions can decide a wrap-up");
            return;
        }

        AnswerInValidator.Validate(when.AnswerIn, kind, question.Choices, entry, problems);
    }
}
