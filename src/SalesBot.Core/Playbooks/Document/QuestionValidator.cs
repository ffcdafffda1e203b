using System.Text.RegularExpressions;

namespace SalesBot.Core.Playbooks.Document;

/// <summary>One question: id, text, tip, weight, kind, and its choices and red flags.</summary>
internal static partial class QuestionValidator
{
    public const int MaxTipLength = 200;

    private static readonly string[] Placeholders = ["prospect", "startingPrice"];

    public static void Validate(
        QuestionDocument? question, int index, string parent, Dictionary<string, int> firstSeen, ProblemList problems)
    {
        var entry = ProblemList.Entry(parent, "questions", index, question?.Id);
        if (question is null)
        {
            problems.Add(entry, "is empty");
            return;
        }

        ValidateId(question.Id, index, entry, firstSeen, problems);
        ValidateTexts(question, entry, problems);
        if (question.Weight is < 0 or > 100)
        {
            problems.Add(entry, $"weight must be between 0 and 100 (got {question.Weight})");
        }

        AnswerKind? kind = null;
        if (PlaybookNames.IsBlank(question.Kind))
        {
            problems.Add(entry, $"kind is required; use one of {PlaybookNames.KindList}");
        }
        else if (PlaybookNames.TryParseKind(question.Kind, out var parsed))
        {
            kind = parsed;
        }
        else
        {
            problems.Add(entry, $"kind '{question.Kind}' is unknown; use one of {PlaybookNames.KindList}");
        }

        ChoiceValidator.Validate(question.Choices, kind, entry, problems);
        RedFlagValidator.Validate(question, kind, entry, problems);
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
            problems.Add(entry, $"id '{id}' is already used by questions[{firstSeen[id!]}] of this step");
        }
    }

    private static void ValidateTexts(QuestionDocument question, string entry, ProblemList problems)
    {
        if (PlaybookNames.IsBlank(question.Text))
        {
            problems.Add(entry, "text is required");
        }
        else
        {
            foreach (Match match in PlaceholderRegex().Matches(question.Text!))
            {
                var name = match.Groups[1].Value;
                if (!Placeholders.Contains(name, StringComparer.Ordinal))
                {
                    problems.Add(entry, $"text has an unknown placeholder {{{name}}}; use {{prospect}} or {{startingPrice}}");
                }
            }
        }

        if (PlaybookNames.IsBlank(question.Tip))
        {
            problems.Add(entry, "tip is required (one line of coaching for the salesperson)");
        }
        else if (question.Tip!.Trim().Length > MaxTipLength)
        {
            problems.Add(entry, $"tip is {question.Tip.Trim().Length} characters long; keep it to {MaxTipLength}");
        }
    }

    [GeneratedRegex(@"\{([^{}]*)\}")]
    private static partial Regex PlaceholderRegex();
}
