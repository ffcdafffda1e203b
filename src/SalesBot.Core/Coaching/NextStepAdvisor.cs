using SalesBot.Core.Deals;
using SalesBot.Core.Playbooks;
using SalesBot.Core.Qualification;

namespace SalesBot.Core.Coaching;

/// <summary>For any deal state, says what to do next and why.</summary>
public static class NextStepAdvisor
{
    public static NextStep Advise(Playbook playbook, DealSnapshot snapshot, Judgement? judgement)
    {
        var deal = snapshot.Deal;
        var name = Quote(deal.Prospect);
        if (deal.Status is DealStatus.Lost or DealStatus.Dropped)
        {
            return new NextStep(
                $"Nothing to do: the deal is {deal.Status.ToString().ToLowerInvariant()}.",
                deal.ClosedReason is { Length: > 0 } reason ? $"Reason recorded: {reason}." : "It is closed.",
                $"reopen {name}");
        }

        if (judgement?.Verdict == Verdict.WalkAway && deal.Status == DealStatus.Open)
        {
            var advice = judgement.Flags.FirstOrDefault(f => f.Severity == Severity.HardStop)?.Advice;
            return new NextStep(
                $"Walk away from {deal.Prospect}: drop the deal and spend the time on a better prospect.",
                WalkAwayWhy(judgement.Why, advice),
                $"drop {name} <reason>");
        }

        var started = StartedStep(playbook, snapshot);
        if (started is not null)
        {
            var (step, answered) = started.Value;
            return new NextStep(
                $"Finish {step.Title} for {deal.Prospect}: {answered} of {step.Questions.Count} questions answered.",
                step.Purpose,
                $"{step.Id} {name}");
        }

        var lastDone = playbook.Steps.LastOrDefault(s => deal.HasCompleted(s.Id));
        if (lastDone is not null)
        {
            var open = RedFlagFinder.Find(lastDone, snapshot.Answers, snapshot.Price).ToList();
            if (open.Count > 0 && !(lastDone.Judged && judgement?.Verdict == Verdict.Qualified))
            {
                var verdictText = lastDone.Judged && judgement is not null ? $"Verdict: {judgement.Verdict.Words()}. {judgement.Why} " : "";
                return new NextStep(
                    open[0].Advice,
                    verdictText + "Red flag: " + string.Join(" ", open.Select(f => f.Flag)),
                    $"{lastDone.Id} {name}");
            }

            if (judgement?.Verdict == Verdict.NeedsWork && lastDone == playbook.JudgedSteps.LastOrDefault())
            {
                return new NextStep(
                    $"Find out more before you invest in {deal.Prospect}: answer the open questions, or update answers as you learn more.",
                    $"Verdict: needs work. {judgement.Why}",
                    $"{lastDone.Id} {name}");
            }
        }

        var lastIndex = lastDone is null ? -1 : playbook.Steps.ToList().IndexOf(lastDone);
        var next = playbook.Steps.Skip(lastIndex + 1).FirstOrDefault();
        if (next is null)
        {
            var exit = playbook.Links.FirstOrDefault(l => l.Link == DealLink.Exit);
            return new NextStep(
                $"Stay in touch with {deal.Prospect} and offer the next project when the time is right.",
                exit?.WhatMatters ?? "An exit is a chance to come in again.",
                $"deal {name}");
        }

        var why = judgement is { Verdict: Verdict.Qualified } && lastDone?.Judged == true
            ? $"Verdict: qualified. {judgement.Why} {next.Purpose}"
            : next.Purpose;
        return new NextStep($"{next.Title}: {next.Purpose}", why, $"{next.Id} {name}");
    }

    private static string WalkAwayWhy(string why, string? advice)
    {
        const string Rule = "Bad prospects never turn into good partners";
        var text = $"Verdict: walk away. {why}" + (advice is null ? "" : $" {advice}");
        return text.Contains(Rule, StringComparison.OrdinalIgnoreCase) ? text : $"{text} {Rule}.";
    }

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
