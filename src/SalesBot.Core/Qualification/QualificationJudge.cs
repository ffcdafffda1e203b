using System.Globalization;
using SalesBot.Core.Deals;
using SalesBot.Core.Localization;
using SalesBot.Core.Playbooks;
using SalesBot.Core.Values;

namespace SalesBot.Core.Qualification;

/// <summary>
/// Judges a prospect as the method does. The red flags gate the verdict: a hard stop (on any step), a screen answered
/// "no" throughout, or several blockers at once mean "walk away"; any open blocker means "needs work". Only then does
/// the score decide, computed over the answered questions of the judged steps, and "qualified" also needs enough of
/// them answered. The verdict never contradicts its own flags.
/// </summary>
public static class QualificationJudge
{
    /// <summary>Returns null while no judged question has been answered and no step raised a blocker or hard stop.</summary>
    public static Judgement? Judge(Playbook playbook, AnswerSheet answers, PricePoint price)
    {
        var lines = new List<ScoreLine>();
        var flags = new List<RedFlag>();
        var screenFailed = false;
        foreach (var step in playbook.Steps)
        {
            var stepFlags = RedFlagFinder.Find(step, answers, price).ToList();
            if (!step.Judged)
            {
                flags.AddRange(stepFlags.Where(f => f.Severity > Severity.Warning));
                continue;
            }

            flags.AddRange(stepFlags);
            foreach (var question in step.Questions.Where(q => q.Weight > 0))
            {
                var answer = answers.Current(step.Id, question.Id);
                var answered = answer is { Value.Length: > 0 };
                var earned = answered ? Earned(question, answer!.Value, stepFlags.Where(f => f.QuestionId == question.Id)) : 0;
                lines.Add(new ScoreLine(step.Id, question.Id, question.Text, question.Weight, earned, answered) { Label = question.ShortName });
            }

            screenFailed |= step.WalkAwayWhenAllNo && AllNo(step, answers);
        }

        if (!lines.Any(l => l.Answered) && flags.Count == 0)
        {
            return null;
        }

        var answeredLines = lines.Where(l => l.Answered).ToList();
        var answeredWeight = answeredLines.Sum(l => l.Weight);
        var score = answeredWeight == 0 ? 0 : (int)Math.Round(100 * answeredLines.Sum(l => l.Points) / answeredWeight, MidpointRounding.AwayFromZero);
        var ordered = flags.OrderByDescending(f => f.Severity).ToList();
        var (verdict, change) = Decide(playbook.Verdict, score, answeredLines.Count, lines.Count, ordered, screenFailed);
        var scoreText = ScoreText(playbook.Verdict, score, answeredLines.Count, lines.Count, ordered);
        var screen = screenFailed ? CoreText.Get("Judge.ScreenAllNo") + " " : "";
        var decisive = string.Concat(ordered.Where(f => f.Severity > Severity.Warning).Select(f => f.Labelled + " "));
        return new Judgement(
            verdict, score, answeredLines.Count, lines.Count, lines, ordered, screen + decisive + scoreText, screen + scoreText, change);
    }

    private static (Verdict, string?) Decide(VerdictRules rules, int score, int answered, int total, List<RedFlag> flags, bool screenFailed)
    {
        var blockers = flags.Where(f => f.Severity == Severity.Blocker).ToList();
        var enough = answered >= rules.AnsweredNeeded(total);
        if (flags.FirstOrDefault(f => f.Severity == Severity.HardStop) is { } hardStop)
        {
            return (Verdict.WalkAway, hardStop.ClosesWhen is { } closes ? CoreText.Format("Judge.WorthAnotherLook", closes) : null);
        }

        if (screenFailed || blockers.Count >= rules.WalkAwayAtBlockers || (enough && score < rules.WalkAwayBelow))
        {
            return (Verdict.WalkAway, null);
        }

        if (blockers.Count > 0)
        {
            var closes = blockers.Select(b => b.ClosesWhen ?? b.Flag.TrimEnd('.').ToLower(CultureInfo.CurrentUICulture)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            return (Verdict.NeedsWork, CoreText.Format("Judge.QualifiedOnce", CoreText.JoinAnd(closes)));
        }

        if (!enough)
        {
            var needed = rules.AnsweredNeeded(total);
            return (Verdict.NeedsWork, CoreText.Format("Judge.AnswerMore", needed, total, needed - answered));
        }

        return score >= rules.QualifiedAtLeast
            ? (Verdict.Qualified, null)
            : (Verdict.NeedsWork, CoreText.Format("Judge.QualifiedAt", rules.QualifiedAtLeast));
    }

    /// <summary>"Score 62 on 10 of 12 answered (qualified at 75, walk away below 40); 2 red flags to watch."</summary>
    private static string ScoreText(VerdictRules rules, int score, int answered, int total, List<RedFlag> flags)
    {
        var warnings = flags.Count(f => f.Severity == Severity.Warning);
        var watch = warnings == 0 ? "" : CoreText.Format(warnings == 1 ? "Score.WatchOne" : "Score.WatchMany", warnings);
        return answered == 0
            ? CoreText.Format("Score.None", watch)
            : CoreText.Format("Score.Line", score, answered, total, rules.QualifiedAtLeast, rules.WalkAwayBelow, watch);
    }

    private static bool AllNo(PlaybookStep step, AnswerSheet answers)
    {
        var screening = step.Questions.Where(q => q.Weight > 0 && q.Kind == AnswerKind.YesNo).ToList();
        return screening.Count > 0 && screening.All(q =>
            string.Equals(answers.Current(step.Id, q.Id)?.Value, "no", StringComparison.OrdinalIgnoreCase));
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
            earned = flag.Severity == Severity.Warning ? Math.Min(earned, 0.5) : 0;
        }

        return earned;
    }

    /// <summary>"need 12/12, experience 4/8, serious –/5": each question's points, "–" while unanswered.</summary>
    public static string Breakdown(Judgement judgement) =>
        string.Join(", ", judgement.Lines.Select(l =>
            $"{l.Label ?? l.Question} {(l.Answered ? l.Points.ToString("0.#", CultureInfo.InvariantCulture) : "–")}/{l.Weight}"));
}
