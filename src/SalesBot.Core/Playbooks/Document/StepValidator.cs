namespace SalesBot.Core.Playbooks.Document;

/// <summary>The steps: ids, links, texts, their questions, and that the judged ones carry weight.</summary>
internal static class StepValidator
{
    public static void Validate(List<StepDocument?>? steps, ProblemList problems)
    {
        if (steps is null || steps.Count == 0)
        {
            problems.Add("playbook", "at least one step is required");
            return;
        }

        var ids = new UniqueIds("steps", reserved: PlaybookNames.ReservedStepIds);
        var judgedWeight = 0;
        foreach (var (step, i, entry) in problems.Entries(null, "steps", steps, s => s.Id))
        {
            ids.Check(step.Id, i, entry, problems);
            ValidateFields(step, entry, problems);
            ValidateQuestions(step.Questions, entry, problems);
            DoneTextValidator.Validate(step, entry, problems);
            if (step.WalkAwayWhenAllNo == true && !(step.Judged == true && step.Questions?.Any(IsWeightedYesNo) == true))
            {
                problems.Add(entry, "walkAwayWhenAllNo needs a judged step with at least one weighted yesNo question");
            }
            if (step.Judged == true)
            {
                judgedWeight += step.Questions?.Sum(q => q?.Weight is >= 0 and <= 100 ? q.Weight.Value : 0) ?? 0;
            }
        }

        if (judgedWeight <= 0)
        {
            problems.Add("playbook", "the questions of judged steps must have weights adding up to more than 0; "
                + "mark the qualifying steps \"judged\": true and weight their questions");
        }
    }

    private static bool IsWeightedYesNo(QuestionDocument? question) =>
        question is { Weight: > 0 } && PlaybookNames.TryParseKind(question.Kind, out var kind) && kind == AnswerKind.YesNo;

    private static void ValidateFields(StepDocument step, string entry, ProblemList problems)
    {
        if (PlaybookNames.IsBlank(step.Title))
        {
            problems.Add(entry, "title is required");
        }

        if (PlaybookNames.IsBlank(step.Link))
        {
            problems.Add(entry, $"link is required; use one of {PlaybookNames.LinkList}");
        }
        else if (!PlaybookNames.TryParseLink(step.Link, out _))
        {
            problems.Add(entry, $"link '{step.Link}' is unknown; use one of {PlaybookNames.LinkList}");
        }

        if (PlaybookNames.IsBlank(step.Purpose))
        {
            problems.Add(entry, "purpose is required");
        }

        if (PlaybookNames.IsBlank(step.Done))
        {
            problems.Add(entry, "done is required (what to tell the user when the step is complete)");
        }
    }

    private static void ValidateQuestions(List<QuestionDocument?>? questions, string entry, ProblemList problems)
    {
        if (questions is null || questions.Count == 0)
        {
            problems.Add(entry, "at least one question is required");
            return;
        }

        var ids = new UniqueIds("questions", " of this step");
        foreach (var (question, i, here) in problems.Entries(entry, "questions", questions, q => q.Id))
        {
            ids.Check(question.Id, i, here, problems);
            QuestionValidator.Validate(question, here, problems);
        }
    }
}
