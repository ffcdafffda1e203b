using System.Text.RegularExpressions;

namespace SalesBot.Core.Playbooks.Document;

/// <summary>One question: id, text, tip, weight, kind, and its choices and red flags.</summary>
internal static partial class QuestionValidator
{
    public const int MaxTipLength = 200;

    private static readonly string[] Placeholders = ["prospect", "startingPrice"];

    /// <summary>Everything but the id, which the step checks among its questions.</summary>
    public static void Validate(QuestionDocument question, string entry, ProblemList problems)
    {
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
