using SalesBot.Core.Conversations;
using System.Globalization;
using SalesBot.Core.Deals;
using SalesBot.Core.Localization;
using SalesBot.Core.Playbooks;
using SalesBot.Core.Qualification;

namespace SalesBot.Core.Coaching;

/// <summary>
/// For any deal state, says what to do next and why. The worst open problem comes first: walk away on a walk-away
/// verdict, then the most severe open blocker, then (while the prospect is not qualified) the judged steps only;
/// no later step of the process is suggested before the prospect is qualified.
/// </summary>
public static class NextStepAdvisor
{
    public static NextStep Advise(Playbook playbook, DealSnapshot snapshot, Judgement? judgement)
    {
        var deal = snapshot.Deal;
        var name = Quote(deal.Prospect);
        if (deal.Status is DealStatus.Lost or DealStatus.Dropped)
        {
            return new NextStep(
                CoreText.Get(deal.Status == DealStatus.Lost ? "Next.ClosedLost" : "Next.ClosedDropped"),
                deal.ClosedReason is { Length: > 0 } reason ? CoreText.Format("Next.ReasonRecorded", new UserText(reason).ToString()) : CoreText.Get("Next.Closed"),
                $"reopen {name}");
        }

        if (deal.Status == DealStatus.Open)
        {
            if (judgement?.Verdict == Verdict.WalkAway)
            {
                return WalkAway(UserText.Escape(deal.Prospect), name, judgement);
            }

            if (judgement?.Flags.FirstOrDefault(f => f.Severity == Severity.Blocker) is { } blocker)
            {
                return new NextStep(blocker.Advice, VerdictWhy(judgement), $"{blocker.StepId} {name}");
            }

            if (judgement?.Verdict != Verdict.Qualified || FirstOpenJudged(playbook, snapshot.Answers) is not null)
            {
                return QualifyFirst(playbook, snapshot, judgement, name);
            }
        }

        return Process(playbook, snapshot, judgement, name);
    }

    /// <summary>The prospect is not qualified yet: only the judged steps, the one in progress or else the first unanswered one.</summary>
    private static NextStep QualifyFirst(Playbook playbook, DealSnapshot snapshot, Judgement? judgement, string name)
    {
        var prospect = UserText.Escape(snapshot.Deal.Prospect);
        var inProgress = StartedStep(playbook, snapshot) is ({ Judged: true } started, _) ? started : null;
        if ((inProgress ?? FirstOpenJudged(playbook, snapshot.Answers)) is { } step)
        {
            var answered = step.Questions.Count(q => snapshot.Answers.IsAnswered(step.Id, q.Id));
            var action = answered == 0
                ? $"{step.Title}: {step.Purpose}"
                : Finish(step, prospect, answered);
            var why = (answered, judgement) switch
            {
                (0, null) => CoreText.Get("Next.NothingYet"),
                (0, _) => VerdictWhy(judgement),
                _ when judgement is not null && snapshot.Deal.HasCompleted(step.Id) => VerdictWhy(judgement),
                _ => step.Purpose,
            };
            return new NextStep(action, why, $"{step.Id} {name}");
        }

        var judged = playbook.JudgedSteps.Last();
        return judgement!.Worst is { } warning
            ? new NextStep(warning.Advice, VerdictWhy(judgement), $"{warning.StepId} {name}")
            : new NextStep(
                CoreText.Format("Next.FindOutMore", prospect),
                VerdictWhy(judgement),
                $"{judged.Id} {name}");
    }

    /// <summary>Qualified (or won): the process goes on, open red flags of the last step first.</summary>
    private static NextStep Process(Playbook playbook, DealSnapshot snapshot, Judgement? judgement, string name)
    {
        var deal = snapshot.Deal;
        if (StartedStep(playbook, snapshot) is var (step, answered))
        {
            return new NextStep(
                Finish(step, UserText.Escape(deal.Prospect), answered),
                step.Purpose,
                $"{step.Id} {name}");
        }

        var lastDone = playbook.Steps.LastOrDefault(s => deal.HasCompleted(s.Id));
        if (lastDone is { Judged: false } && RedFlagFinder.Find(lastDone, snapshot.Answers, snapshot.Price).ToList() is [var first, ..] open)
        {
            return new NextStep(first.Advice, string.Join(" ", open.Select(f => f.Labelled)), $"{lastDone.Id} {name}");
        }

        var lastIndex = lastDone is null ? -1 : playbook.Steps.ToList().IndexOf(lastDone);
        var next = playbook.Steps.Skip(lastIndex + 1).FirstOrDefault();
        if (next is null)
        {
            var exit = playbook.Links.FirstOrDefault(l => l.Link == DealLink.Exit);
            return new NextStep(
                CoreText.Format("Next.StayInTouch", new UserText(deal.Prospect).ToString()),
                exit?.WhatMatters ?? CoreText.Get("Next.ExitChance"),
                $"deal {name}");
        }

        var action = $"{next.Title}: {next.Purpose}";
        if (lastDone?.Judged == true && deal.Status == DealStatus.Open && judgement is { Worst: { } watch })
        {
            return new NextStep(
                CoreText.Format("Next.Then", watch.Advice, next.Title.ToLower(CultureInfo.CurrentUICulture)),
                CoreText.Format("Next.Verdict", Verdict.Qualified.Words(), $"{judgement.Why} {watch.Labelled}"),
                $"{next.Id} {name}");
        }

        var matters = playbook.Links.FirstOrDefault(l => l.Link == next.Link)?.WhatMatters;
        var why = judgement is { Verdict: Verdict.Qualified } && lastDone?.Judged == true
            ? CoreText.Format("Next.Verdict", Verdict.Qualified.Words(), judgement.Why)
            : (lastDone is null ? "" : CoreText.Format("Next.StepDone", lastDone.Title) + " ") + matters;
        return new NextStep(action, why, $"{next.Id} {name}");
    }

    private static NextStep WalkAway(string prospect, string name, Judgement judgement)
    {
        var advice = judgement.Flags.FirstOrDefault(f => f.Severity == Severity.HardStop)?.Advice;
        var why = VerdictWhy(judgement) + (advice is null ? "" : $" {advice}");
        var rule = CoreText.Get("Next.MethodRule");
        if (!why.Contains(Unmarked(rule), StringComparison.OrdinalIgnoreCase))
        {
            why += $" {rule}.";
        }

        return new NextStep(CoreText.Format("Next.WalkAway", prospect), why, $"drop {name} <reason>");
    }

    private static string Finish(PlaybookStep step, string prospect, int answered) =>
        CoreText.Format("Next.Finish", step.Title, prospect, answered, step.Questions.Count);

    /// <summary>"Verdict: needs work. Blocker: … Score … Qualified once …".</summary>
    private static string VerdictWhy(Judgement judgement) =>
        CoreText.Format("Next.Verdict", judgement.Verdict.Words(), judgement.Why) + (judgement.Change is { } change ? $" {change}" : "");

    /// <summary>The sentence without the pseudo-locale's marks, for comparing with playbook text.</summary>
    private static string Unmarked(string text) => text.Trim(PseudoMarks.Open, PseudoMarks.Close);

    /// <summary>The first judged step with a weighted question not answered yet (never answered, or skipped).</summary>
    private static PlaybookStep? FirstOpenJudged(Playbook playbook, AnswerSheet answers) =>
        playbook.JudgedSteps.FirstOrDefault(s => s.Questions.Any(q => q.Weight > 0 && !answers.IsAnswered(s.Id, q.Id)));

    /// <summary>A step with some answers recorded that is not yet complete.</summary>
    private static (PlaybookStep Step, int Answered)? StartedStep(Playbook playbook, DealSnapshot snapshot)
    {
        foreach (var step in playbook.Steps.Reverse())
        {
            if (snapshot.Deal.HasCompleted(step.Id))
            {
                return null;
            }

            var answered = step.Questions.Count(q => snapshot.Answers.Current(step.Id, q.Id) is not null);
            if (answered > 0)
            {
                return (step, answered);
            }
        }

        return null;
    }

    /// <summary>Names with spaces are quoted so the suggested command parses back to the same deal.</summary>
    public static string Quote(string prospect) => prospect.Contains(' ', StringComparison.Ordinal) ? $"\"{prospect}\"" : prospect;
}
