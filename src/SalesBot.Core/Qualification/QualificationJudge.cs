using System.Globalization;
using SalesBot.Core.Deals;
using SalesBot.Core.Playbooks;
using SalesBot.Core.Values;

namespace SalesBot.Core.Qualification;

/// <summary>
/// Judges a prospect from the answers to the judged steps (screen and qualify in the default playbook):
/// a hard stop means "walk away"; otherwise the weighted score against the playbook's thresholds decides.
/// </summary>
public static class QualificationJudge
{
    /// <summary>Returns null while no judged question has been answered.</summary>
    public static Judgement? Judge(Playbook playbook, AnswerSheet answers, PricePoint price)
    {
        var lines = new List<ScoreLine>();
        var flags = new List<RedFlag>();
        foreach (var step in playbook.JudgedSteps)
        {
            var stepFlags = RedFlagFinder.Find(step, answers, price).ToList();
            flags.AddRange(stepFlags);
            foreach (var question in step.Questions.Where(q => q.Weight > 0))
            {
                var answer = answers.Current(step.Id, question.Id);
                var answered = answer is { Value.Length: > 0 };
                var earned = answered ? Earned(question, answer!.Value, stepFlags.Where(f => f.QuestionId == question.Id)) : 0;
                lines.Add(new ScoreLine(step.Id, question.Id, question.Text, question.Weight, earned, answered));
            }
        }

        if (!lines.Any(l => l.Answered))
        {
            return null;
        }

        var totalWeight = lines.Sum(l => l.Weight);
        var score = totalWeight == 0 ? 0 : (int)Math.Round(100 * lines.Sum(l => l.Points) / totalWeight, MidpointRounding.AwayFromZero);
        var answeredCount = lines.Count(l => l.Answered);
        var (verdict, why) = Decide(playbook.Verdict, score, answeredCount, lines.Count, flags);
        return new Judgement(verdict, score, answeredCount, lines.Count, lines, flags, why);
    }

    private static (Verdict, string) Decide(VerdictRules rules, int score, int answered, int total, List<RedFlag> flags)
    {
        var hardStops = flags.Where(f => f.Severity == Severity.HardStop).ToList();
        if (hardStops.Count > 0)
        {
            return (Verdict.WalkAway, "Hard stop: " + string.Join(" ", hardStops.Select(f => f.Flag)));
        }

        var scoreText = $"Score {score} of 100 (qualified at {rules.QualifiedAtLeast}, walk away below {rules.WalkAwayBelow})";
        if (answered == total && score < rules.WalkAwayBelow)
        {
            return (Verdict.WalkAway, scoreText + ".");
        }

        var open = total - answered;
        var rest = open > 0 ? $"; {open} question{(open == 1 ? "" : "s")} still unanswered" : "";
        if (score >= rules.QualifiedAtLeast)
        {
            var watch = flags.Count == 0 ? "" : $"; watch {flags.Count} red flag{(flags.Count == 1 ? "" : "s")}";
            return (Verdict.Qualified, scoreText + rest + watch + ".");
        }

        var flagged = flags.Count > 0 ? $"; {flags.Count} red flag{(flags.Count == 1 ? "" : "s")} to resolve" : "";
        return (Verdict.NeedsWork, scoreText + rest + flagged + ".");
    }

    /// <summary>The share of the weight an answer earns, capped by the flags it raised.</summary>
    private static double Earned(Question question, string value, IEnumerable<RedFlag> flags)
    {
        double earned = question.Kind switch
        {
            AnswerKind.YesNo => value.ToLowerInvariant() switch { "yes" => 1, "unsure" => 0.5, _ => 0 },
            AnswerKind.Choice => question.Choices.FirstOrDefault(c => string.Equals(c.Id, value, StringComparison.OrdinalIgnoreCase))?.Score ?? 0,
            AnswerKind.Money when string.Equals(value, Money.Unknown, StringComparison.OrdinalIgnoreCase) => 0.5,
            _ => 1,
        };
        foreach (var flag in flags)
        {
            earned = flag.Severity == Severity.HardStop ? 0 : Math.Min(earned, 0.5);
        }

        return earned;
    }

    /// <summary>"Score 80 of 100: Need 10/10, Industry 5/10, ...".</summary>
    public static string Breakdown(Judgement judgement) =>
        string.Join(", ", judgement.Lines.Select(l =>
            $"{l.QuestionId} {l.Points.ToString("0.#", CultureInfo.InvariantCulture)}/{l.Weight}"));
}
