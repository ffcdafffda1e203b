using System.Text.RegularExpressions;

namespace SalesBot.Core.Coaching;

/// <summary>
/// The deterministic look at a free-text answer: phrases that mark a red flag or a stall, each with its coaching note.
/// Stall phrases are the playbook's (nudges > followUp > stallPhrases), the same list that starts "three calls and a letter".
/// </summary>
public static partial class AnswerKeywords
{
    private static readonly (string[] Phrases, string Note)[] RedFlagRules =
    [
        (["cheapest", "cheaper", "lowest price", "best price", "discount"],
            "Price hunting (\"{phrase}\"): good clients want results, not the cheapest vendor. Restate the value before you talk numbers."),
        (["for free", "free sample", "free trial", "spec work", "unpaid test"],
            "Free work (\"{phrase}\"): don't give away ideas or work. Discuss the why, agree on the what, keep the how for paying clients."),
        (["asap", "urgent", "urgently", "rush job", "by yesterday"],
            "Rush (\"{phrase}\"): a rush job means late nights, mistakes and resentment. Negotiate a realistic date or consider passing."),
        (["my boss", "ask the owner", "need approval", "needs approval", "run it by", "committee", "board decides"],
            "Decision-maker (\"{phrase}\"): your contact may not decide. Ask early and gently who else approves."),
        (["other quotes", "several quotes", "other agencies", "shopping around", "compare offers", "comparing offers"],
            "Shopping around (\"{phrase}\"): make sure they are not collecting ideas for a cheaper vendor; be clear about what they get only from you."),
        (["no budget", "tight budget", "won't share the budget", "won't say the budget"],
            "Budget (\"{phrase}\"): reluctance about money can mean they don't trust you yet. Throw out a number and see how they react."),
        (["paid late", "pay late", "didn't pay", "did not pay", "cash flow problems"],
            "Payment risk (\"{phrase}\"): check with people who worked with them and set payment terms up front."),
        (["last agency", "previous agency", "previous designer", "fell out with"],
            "Previous vendor (\"{phrase}\"): ask what went wrong before; bad prospects never turn into good partners."),
    ];

    private const string StallNote = "Stall (\"{phrase}\"): the prospect neither says yes nor no. Propose a concrete next step now; if it repeats, start \"three calls and a letter\".";

    public static IReadOnlyList<string> RedFlags(string text) =>
        RedFlagRules
            .Select(rule => FirstFound(text, rule.Phrases) is { } found ? rule.Note.Replace("{phrase}", found, StringComparison.Ordinal) : null)
            .OfType<string>()
            .ToList();

    public static IReadOnlyList<string> Stalls(string text, IEnumerable<string> stallPhrases) =>
        FirstFound(text, stallPhrases) is { } found ? [StallNote.Replace("{phrase}", found, StringComparison.Ordinal)] : [];

    /// <summary>The first phrase found as whole words, in the words of the answer.</summary>
    private static string? FirstFound(string text, IEnumerable<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            var match = Regex.Match(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(phrase)}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            if (match.Success)
            {
                return match.Value;
            }
        }

        return null;
    }
}
