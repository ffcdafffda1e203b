using SalesBot.Core.Deals;
using SalesBot.Core.Playbooks;

namespace SalesBot.Core.Tests.Qualification;

/// <summary>Small hand-built playbooks whose scores can be worked out by hand.</summary>
internal static class TinyPlaybook
{
    public static readonly VerdictRules Rules = new(QualifiedAtLeast: 75, WalkAwayBelow: 40);

    public static Playbook With(params PlaybookStep[] steps) => With(Rules, steps);

    public static Playbook With(VerdictRules rules, params PlaybookStep[] steps) =>
        new("tiny", new PlaybookDefaults(5000m, "USD"), rules, steps, []) { Nudges = PlaybookLoader.LoadDefault().Nudges };

    public static PlaybookStep Judged(string id, params Question[] questions) =>
        new(id, "Step " + id, DealLink.Entry, "Purpose of " + id, true, "Done " + id, questions);

    public static PlaybookStep NotJudged(string id, params Question[] questions) =>
        new(id, "Step " + id, DealLink.Alignment, "Purpose of " + id, false, "Done " + id, questions);

    public static Question Ask(string id, AnswerKind kind, int weight, params RedFlagRule[] flags) =>
        new(id, "Question " + id + "?", kind, "tip", null, weight, [], flags) { Label = id };

    public static Question YesNo(string id, int weight, params RedFlagRule[] flags) => Ask(id, AnswerKind.YesNo, weight, flags);

    public static Question Choice(string id, int weight, IReadOnlyList<ChoiceOption> choices, params RedFlagRule[] flags) =>
        new(id, "Question " + id + "?", AnswerKind.Choice, "tip", null, weight, choices, flags) { Label = id };

    public static RedFlagRule Flag(string id, Severity severity, RedFlagCondition when) =>
        new(id, when, severity, "Flag " + id + ".", "Advice " + id + ".");

    public static RedFlagRule WarnOn(string id, params string[] values) =>
        Flag(id, Severity.Warning, new RedFlagCondition { AnswerIn = values });

    public static RedFlagRule BlockOn(string id, string closesWhen, params string[] values) =>
        Flag(id, Severity.Blocker, new RedFlagCondition { AnswerIn = values }) with { ClosesWhen = closesWhen };

    public static RedFlagRule StopOn(string id, params string[] values) =>
        Flag(id, Severity.HardStop, new RedFlagCondition { AnswerIn = values });
}
