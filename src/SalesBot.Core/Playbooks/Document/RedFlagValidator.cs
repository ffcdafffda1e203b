namespace SalesBot.Core.Playbooks.Document;

/// <summary>The red flags of one question: ids, severity, texts, and a condition that fits the answer kind.</summary>
internal static class RedFlagValidator
{
    public static void Validate(QuestionDocument question, AnswerKind? kind, string parent, ProblemList problems)
    {
        var ids = new UniqueIds("redFlags", " of this question");
        foreach (var (flag, i, entry) in problems.Entries(parent, "redFlags", question.RedFlags ?? [], f => f.Id))
        {
            ids.Check(flag.Id, i, entry, problems);
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
}
