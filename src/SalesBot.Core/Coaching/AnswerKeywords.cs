using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using SalesBot.Core.Localization;

namespace SalesBot.Core.Coaching;

/// <summary>
/// The deterministic look at a free-text answer: phrases that mark a red flag or a stall, each with its coaching note
/// in the user's language. A red flag's phrases are every language's ("Keyword.&lt;rule&gt;.Phrases" in CoreStrings,
/// "|"-separated, "*" for any ending: "скидк*" finds "скидку" and "скидки"), so an answer is read the same whoever
/// types it. Stall phrases are the playbook's (nudges > followUp > stallPhrases), the list that starts "three calls and a letter".
/// </summary>
public static class AnswerKeywords
{
    private static readonly string[] Rules = ["Price", "Free", "Rush", "Decider", "Shopping", "Budget", "Payment", "Vendor"];

    private static readonly CultureInfo[] Languages = [CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("ru"), CultureInfo.GetCultureInfo("pl")];

    private static readonly Lazy<(string Rule, Regex Pattern)[]> RedFlagPatterns = new(() =>
        Rules.Select(rule => (rule, Pattern(Languages.SelectMany(language => CoreText.Words($"Keyword.{rule}.Phrases", language))))).ToArray());

    private static readonly ConditionalWeakTable<IEnumerable<string>, Regex> StallPatterns = [];

    public static IReadOnlyList<string> RedFlags(string text) =>
        RedFlagPatterns.Value
            .Select(rule => rule.Pattern.Match(text) is { Success: true } found ? CoreText.Format($"Keyword.{rule.Rule}.Note", found.Value) : null)
            .OfType<string>()
            .ToList();

    public static IReadOnlyList<string> Stalls(string text, IEnumerable<string> stallPhrases) =>
        StallPatterns.GetValue(stallPhrases, phrases => Pattern(phrases)).Match(text) is { Success: true } found
            ? [CoreText.Format("Coach.Stall", found.Value, CoreText.Get("Keyword.StallAdvice"))]
            : [];

    /// <summary>The phrases as whole words, case-insensitive, the earliest in the answer found first.</summary>
    private static Regex Pattern(IEnumerable<string> phrases)
    {
        var alternatives = phrases
            .Where(p => p.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(p => p.Length) // the longest phrase wins where two start at the same word
            .Select(p => Regex.Escape(p).Replace(@"\*", @"\p{L}*", StringComparison.Ordinal).Replace(@"\ ", @"\s+", StringComparison.Ordinal));
        return new Regex(
            $@"(?<![\p{{L}}\p{{N}}])(?:{string.Join("|", alternatives)})(?![\p{{L}}\p{{N}}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));
    }
}
