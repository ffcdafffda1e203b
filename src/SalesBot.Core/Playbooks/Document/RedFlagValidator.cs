namespace SalesBot.Core.Playbooks.Document;

/// <summary>The red flags of one question: ids, severity, texts, and a condition that fits the answer kind.</summary>
internal static class RedFlagValidator
{
    public static void Validate(QuestionDocument question, AnswerKind? kind, string parent, ProblemList problems)
    {
        var flags = question.RedFlags ?? [];
        var firstSeen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < flags.Count; i++)
        {
            var flag = flags[i];
            var entry = ProblemList.Entry(parent, "redFlags", i, flag?.Id);
            if (flag is null)
            {
                problems.Add(entry, "is empty");
                continue;
            }

            ValidateId(flag.Id, i, entry, firstSeen, problems);
            ConditionValidator.Validate(flag.When, kind, question.Choices, entry, problems);
            if (PlaybookNames.IsBlank(flag.Severity))
            {
                problems.Add(entry, $"severity is required; use {PlaybookNames.SeverityList}");
            }
            else if (!PlaybookNames.TryParseSeverity(flag.Severity, out var severity))
            {
                problems.Add(entry, $"severity '{flag.Severity}' is unknown; use {PlaybookNames.SeverityList}");
            }
            else if (severity == Severity.Blocker && PlaybookNames.IsBlank(flag.ClosesWhen))
            {
                problems.Add(entry, "closesWhen is required for a blocker (what closes it: \"qualified once …\")");
            }

            if (PlaybookNames.IsBlank(flag.Flag))
            {
                problems.Add(entry, "flag is required (what the red flag means)");
            }

            if (PlaybookNames.IsBlank(flag.Advice))
            {
                problems.Add(entry, "advice is required (what the salesperson should do about it)");
            }
        }
    }

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
        else if (!firstSeen.TryAdd(id!, index))
        {
            problems.Add(entry, $"id '{id}' is already used by redFlags[{firstSeen[id!]}] of this question");
        }
    }
}
