using System.Collections.ObjectModel;
using SalesBot.Core.Deals;
using SalesBot.Core.Nudges;

namespace SalesBot.Core.Playbooks.Document;

/// <summary>Turns a validated document into the immutable playbook. Call only after <see cref="PlaybookValidator"/> found no problem.</summary>
internal static class PlaybookBuilder
{
    public static Playbook Build(PlaybookDocument document) => new(
        document.Name!.Trim(),
        new PlaybookDefaults(document.Defaults!.StartingPrice!.Value, document.Defaults.Currency!),
        BuildVerdict(document.Verdict!),
        ReadOnly(document.Steps!.Select(s => BuildStep(s!))),
        ReadOnly(document.Links!.Select(l => BuildLink(l!)).OrderBy(l => l.Link)))
    {
        Nudges = document.Nudges is { } nudges ? BuildNudges(nudges) : PlaybookLoader.LoadDefault().Nudges,
    };

    private static VerdictRules BuildVerdict(VerdictDocument verdict)
    {
        var rules = new VerdictRules(verdict.QualifiedAtLeast!.Value, verdict.WalkAwayBelow!.Value);
        return rules with
        {
            WalkAwayAtBlockers = verdict.WalkAwayAtBlockers ?? rules.WalkAwayAtBlockers,
            QualifiedNeedsAnswered = verdict.QualifiedNeedsAnswered ?? rules.QualifiedNeedsAnswered,
        };
    }

    private static NudgeRules BuildNudges(NudgesDocument nudges)
    {
        var followUp = nudges.FollowUp!;
        return new NudgeRules(
            new FollowUpRules(
                followUp.Call2AfterBusinessDays!.Value,
                followUp.Call3AfterBusinessDays!.Value,
                followUp.LetterAfterDays!.Value,
                followUp.DropAfterDays!.Value,
                ReadOnly(followUp.UnansweredPhrases!.Select(p => p!.Trim())),
                ReadOnly(followUp.StallPhrases!.Select(p => p!.Trim()))),
            nudges.EntryAfterDays!.Value,
            Reference(nudges.MeetingDate),
            nudges.StalledAfterDays!.ToDictionary(pair => ParseLink(pair.Key), pair => pair.Value).AsReadOnly(),
            new FeedbackRules(nudges.Feedback!.Step!.Trim(), nudges.Feedback.AfterDays!.Value),
            new ReentryRules(Reference(nudges.Reentry!.RepeatLikely), Reference(nudges.Reentry.Months), nudges.Reentry.DefaultMonths!.Value));
    }

    private static QuestionRef Reference(string? text) => Checked(QuestionRef.TryParse(text, out var reference), reference);

    private static LinkGuide BuildLink(LinkDocument link) =>
        new(ParseLink(link.Link), link.Meaning!.Trim(), link.WhatMatters!.Trim());

    private static PlaybookStep BuildStep(StepDocument step) => new(
        step.Id!,
        step.Title!.Trim(),
        ParseLink(step.Link),
        step.Purpose!.Trim(),
        step.Judged ?? false,
        step.Done!.Trim(),
        ReadOnly(step.Questions!.Select(q => BuildQuestion(q!))))
    {
        DoneWhen = ReadOnly((step.DoneWhen ?? []).Select(d => new DoneText(d!.Id!.Trim(), d.When!.Question!.Trim(), BuildCondition(d.When), d.Text!.Trim()))),
        OpensWithSummary = step.Summarize ?? false,
        WalkAwayWhenAllNo = step.WalkAwayWhenAllNo ?? false,
    };

    private static Question BuildQuestion(QuestionDocument question)
    {
        var kind = Checked(PlaybookNames.TryParseKind(question.Kind, out var parsed), parsed);
        return new Question(
            question.Id!,
            question.Text!.Trim(),
            kind,
            question.Tip!.Trim(),
            PlaybookNames.IsBlank(question.Example) ? null : question.Example!.Trim(),
            question.Weight ?? 0,
            ReadOnly((question.Choices ?? []).Select(c => new ChoiceOption(c!.Id!, c.Title!.Trim(), c.Score!.Value))),
            ReadOnly((question.RedFlags ?? []).Select(f => BuildRedFlag(f!))))
        {
            Label = PlaybookNames.IsBlank(question.Label) ? null : question.Label!.Trim(),
        };
    }

    private static RedFlagRule BuildRedFlag(RedFlagDocument flag)
    {
        var severity = Checked(PlaybookNames.TryParseSeverity(flag.Severity, out var parsed), parsed);
        return new RedFlagRule(flag.Id!, BuildCondition(flag.When!), severity, flag.Flag!.Trim(), flag.Advice!.Trim())
        {
            ClosesWhen = PlaybookNames.IsBlank(flag.ClosesWhen) ? null : flag.ClosesWhen!.Trim(),
        };
    }

    private static RedFlagCondition BuildCondition(ConditionDocument when) => new()
    {
        AnswerIn = when.AnswerIn is null
            ? null
            : ReadOnly(when.AnswerIn.Select(v => v!.Trim().ToLowerInvariant())),
        BelowStartingPrice = when.BelowStartingPrice ?? false,
        BelowShareOfStartingPrice = when.BelowShareOfStartingPrice,
        OtherCurrency = when.OtherCurrency ?? false,
        LessThan = when.LessThan,
        WithinDays = when.WithinDays,
        Unknown = when.Unknown ?? false,
        Mentions = when.Mentions is null ? null : ReadOnly(when.Mentions.Select(p => p!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)),
    };

    private static DealLink ParseLink(string? name) => Checked(PlaybookNames.TryParseLink(name, out var link), link);

    private static T Checked<T>(bool parsed, T value) =>
        parsed ? value : throw new InvalidOperationException("A playbook document was built without being validated first.");

    private static ReadOnlyCollection<T> ReadOnly<T>(IEnumerable<T> items) => Array.AsReadOnly(items.ToArray());
}
