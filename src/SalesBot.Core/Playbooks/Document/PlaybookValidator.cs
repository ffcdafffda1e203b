using System.Text.RegularExpressions;

namespace SalesBot.Core.Playbooks.Document;

/// <summary>Checks a whole playbook file and collects every problem, so one run shows them all.</summary>
internal static partial class PlaybookValidator
{
    private const string Root = "playbook";

    public static IReadOnlyList<string> Validate(PlaybookDocument document)
    {
        var problems = new ProblemList();
        if (PlaybookNames.IsBlank(document.Name))
        {
            problems.Add(Root, "name is required");
        }

        ValidateDefaults(document.Defaults, problems);
        ValidateVerdict(document.Verdict, problems);
        LinkValidator.Validate(document.Links, problems);
        var before = problems.Items.Count;
        StepValidator.Validate(document.Steps, problems);
        var stepsValid = problems.Items.Count == before;
        NudgesValidator.Validate(document.Nudges, stepsValid ? document.Steps : null, problems);
        return problems.Items;
    }

    private static void ValidateDefaults(DefaultsDocument? defaults, ProblemList problems)
    {
        const string entry = "defaults";
        if (defaults is null)
        {
            problems.Add(Root, "defaults is required (startingPrice and currency)");
            return;
        }

        if (defaults.StartingPrice is not { } price)
        {
            problems.Add(entry, "startingPrice is required");
        }
        else if (price <= 0)
        {
            problems.Add(entry, FormattableString.Invariant($"startingPrice must be greater than 0 (got {price})"));
        }

        if (defaults.Currency is null)
        {
            problems.Add(entry, "currency is required");
        }
        else if (!CurrencyRegex().IsMatch(defaults.Currency))
        {
            problems.Add(entry, $"currency '{defaults.Currency}' must be three upper-case letters, such as USD or EUR");
        }
    }

    private static void ValidateVerdict(VerdictDocument? verdict, ProblemList problems)
    {
        const string entry = "verdict";
        if (verdict is null)
        {
            problems.Add(Root, "verdict is required (qualifiedAtLeast and walkAwayBelow)");
            return;
        }

        var (qualified, walkAway) = (verdict.QualifiedAtLeast, verdict.WalkAwayBelow);
        if (qualified is null)
        {
            problems.Add(entry, "qualifiedAtLeast is required");
        }
        else if (qualified > 100)
        {
            problems.Add(entry, $"qualifiedAtLeast must be at most 100 (got {qualified})");
        }

        if (walkAway is null)
        {
            problems.Add(entry, "walkAwayBelow is required");
        }
        else if (walkAway < 0)
        {
            problems.Add(entry, $"walkAwayBelow must be at least 0 (got {walkAway})");
        }

        if (verdict.WalkAwayAtBlockers is < 1)
        {
            problems.Add(entry, $"walkAwayAtBlockers must be at least 1 (got {verdict.WalkAwayAtBlockers})");
        }

        if (verdict.QualifiedNeedsAnswered is < 1 or > 100)
        {
            problems.Add(entry, $"qualifiedNeedsAnswered is a percentage from 1 to 100 (got {verdict.QualifiedNeedsAnswered})");
        }

        if (qualified is not null && walkAway is not null && walkAway >= qualified)
        {
            problems.Add(entry, $"walkAwayBelow ({walkAway}) must be below qualifiedAtLeast ({qualified})");
        }
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyRegex();
}
