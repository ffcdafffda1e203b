namespace SalesBot.Core.Playbooks.Document;

/// <summary>
/// A red flag's or a wrap-up's "when": exactly one condition, one that the question's answer kind can meet. Wrap-ups may
/// also look at text answers ("mentions"); red flags on text come from the coach's reading instead.
/// </summary>
internal static class ConditionValidator
{
    private const string AllConditions = "answerIn, belowStartingPrice, belowShareOfStartingPrice, otherCurrency, lessThan, withinDays, unknown";
    private const string AllWrapUpConditions = AllConditions + ", mentions";

    private static readonly Dictionary<AnswerKind, string[]> Fitting = new()
    {
        [AnswerKind.YesNo] = ["answerIn"],
        [AnswerKind.Choice] = ["answerIn"],
        [AnswerKind.Money] = ["belowStartingPrice", "belowShareOfStartingPrice", "otherCurrency", "lessThan", "unknown"],
        [AnswerKind.Number] = ["lessThan"],
        [AnswerKind.Date] = ["withinDays"],
        [AnswerKind.Text] = [],
    };

    private static readonly Dictionary<AnswerKind, string[]> FittingWrapUp = new(Fitting) { [AnswerKind.Text] = ["mentions"] };

    /// <param name="wrapUp">True for a step's doneWhen, false for a red flag.</param>
    public static void Validate(
        ConditionDocument? when, AnswerKind? kind, List<ChoiceDocument?>? choices, string entry, ProblemList problems, bool wrapUp = false)
    {
        var all = wrapUp ? AllWrapUpConditions : AllConditions;
        if (when is null)
        {
            problems.Add(entry, $"when is required; set exactly one of {all}");
            return;
        }

        var set = SetConditions(when);
        if (set.Count != 1)
        {
            problems.Add(entry, set.Count == 0
                ? $"when has no condition; set exactly one of {all}"
                : $"when sets {string.Join(" and ", set)}; set exactly one condition per {(wrapUp ? "wrap-up" : "red flag")}");
            return;
        }

        var fitting = wrapUp ? FittingWrapUp : Fitting;
        if (kind is { } known && !fitting[known].Contains(set[0]))
        {
            problems.Add(entry, fitting[known].Length == 0
                ? $"kind '{PlaybookNames.Name(known)}' answers cannot raise red flags; remove the red flag or change the kind"
                : $"{set[0]} does not fit kind '{PlaybookNames.Name(known)}'; use {string.Join(" or ", fitting[known])}");
            return;
        }

        ValidateValue(when, kind, choices, entry, problems);
    }

    /// <summary>The names of the conditions <paramref name="when"/> sets, in the order of <see cref="AllWrapUpConditions"/>.</summary>
    private static List<string> SetConditions(ConditionDocument when)
    {
        (string Name, object? Value)[] conditions =
        [
            ("answerIn", when.AnswerIn), ("belowStartingPrice", when.BelowStartingPrice), ("belowShareOfStartingPrice", when.BelowShareOfStartingPrice),
            ("otherCurrency", when.OtherCurrency), ("lessThan", when.LessThan), ("withinDays", when.WithinDays), ("unknown", when.Unknown),
            ("mentions", when.Mentions),
        ];
        return conditions.Where(c => c.Value is not null).Select(c => c.Name).ToList();
    }

    private static void ValidateValue(
        ConditionDocument when, AnswerKind? kind, List<ChoiceDocument?>? choices, string entry, ProblemList problems)
    {
        if (when.AnswerIn is not null)
        {
            AnswerInValidator.Validate(when.AnswerIn, kind, choices, entry, problems);
        }
        else if (when.Mentions is not null)
        {
            if (when.Mentions.Count == 0 || when.Mentions.Any(PlaybookNames.IsBlank))
            {
                problems.Add(entry, "mentions must be a list of non-empty words or phrases");
            }
        }
        else if (when.BelowStartingPrice == false || when.Unknown == false || when.OtherCurrency == false)
        {
            var name = when.Unknown == false ? "unknown" : when.OtherCurrency == false ? "otherCurrency" : "belowStartingPrice";
            problems.Add(entry, $"{name} can only be true; remove the red flag to turn it off");
        }
        else if (when.BelowShareOfStartingPrice is <= 0 or > 1)
        {
            problems.Add(entry, $"belowShareOfStartingPrice must be above 0 and at most 1 (got {when.BelowShareOfStartingPrice})");
        }
        else if (when.WithinDays is < 1)
        {
            problems.Add(entry, $"withinDays must be at least 1 (got {when.WithinDays})");
        }
    }
}
