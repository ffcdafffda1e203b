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

        var firstSeen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var judgedWeight = 0;
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var entry = ProblemList.Entry(null, "steps", i, step?.Id);
            if (step is null)
            {
                problems.Add(entry, "is empty");
                continue;
            }

            ValidateId(step.Id, i, entry, firstSeen, problems);
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

    private static void ValidateId(string? id, int index, string entry, Dictionary<string, int> firstSeen, ProblemList problems)
    {
        if (PlaybookNames.IsBlank(id))
        {
            problems.Add(entry, "id is required");
        }
        else if (!PlaybookNames.IsId(id!))
        {
            problems.Add(entry, $"id '{id}' must match {PlaybookNames.IdPattern} (lower-case letters, digits and dashes)");
        }
        else if (PlaybookNames.ReservedStepIds.Contains(id!))
        {
            problems.Add(entry, $"id '{id}' is a reserved command word; choose another");
        }
        else if (!firstSeen.TryAdd(id!, index))
        {
            problems.Add(entry, $"id '{id}' is already used by steps[{firstSeen[id!]}]");
        }
    }

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

        var firstSeen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < questions.Count; i++)
        {
            QuestionValidator.Validate(questions[i], i, entry, firstSeen, problems);
        }
    }
}
