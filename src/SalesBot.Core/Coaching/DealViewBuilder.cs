using SalesBot.Core.Deals;
using SalesBot.Core.Playbooks;
using SalesBot.Core.Qualification;

namespace SalesBot.Core.Coaching;

/// <summary>Builds the deal view and pipeline lines from snapshots.</summary>
public static class DealViewBuilder
{
    public static DealView Build(Playbook playbook, DealSnapshot snapshot, bool showHistory)
    {
        var judgement = QualificationJudge.Judge(playbook, snapshot.Answers, snapshot.Price);
        var otherFlags = playbook.Steps
            .Where(s => !s.Judged)
            .SelectMany(s => RedFlagFinder.Find(s, snapshot.Answers, snapshot.Price))
            .Where(f => judgement?.Flags.Contains(f) != true)
            .ToList();
        var answers = showHistory ? snapshot.Answers.All : CurrentAnswers(playbook, snapshot);
        var lines = answers.Select(a =>
        {
            var step = playbook.FindStep(a.StepId);
            var question = step?.FindQuestion(a.QuestionId);
            return new AnswerLine(
                a.StepId,
                step?.Title ?? a.StepId,
                a.QuestionId,
                question is null ? a.QuestionId : PlaybookText.Fill(question.Text, snapshot.Deal.Prospect, snapshot.Price),
                AnswerFormatter.Display(question, a.Value),
                a.Note,
                a.RecordedAt,
                a.RecordedBy,
                a.Version);
        }).ToList();
        return new DealView(
            snapshot.Deal.Prospect,
            snapshot.Deal.Stage,
            snapshot.Deal.Status,
            snapshot.Deal.ClosedReason,
            snapshot.Deal.Status == Deals.DealStatus.Open ? judgement : null,
            otherFlags,
            lines,
            snapshot.Touches,
            snapshot.Events.Select(e => e with { Detail = DealHistory.Render(e.Detail, playbook, snapshot.Deal.Prospect, snapshot.Price) }).ToList(),
            showHistory,
            NextStepAdvisor.Advise(playbook, snapshot, judgement));
    }

    public static PipelineEntry Line(Playbook playbook, DealSnapshot snapshot)
    {
        var judgement = QualificationJudge.Judge(playbook, snapshot.Answers, snapshot.Price);
        return new PipelineEntry(
            snapshot.Deal.Prospect,
            snapshot.Deal.Stage,
            snapshot.Deal.Status,
            snapshot.Deal.Status == Deals.DealStatus.Open ? judgement?.Verdict : null,
            NextStepAdvisor.Advise(playbook, snapshot, judgement));
    }

    /// <summary>The latest version of each answer, in playbook order.</summary>
    private static IEnumerable<Deals.Answer> CurrentAnswers(Playbook playbook, DealSnapshot snapshot) =>
        playbook.Steps
            .SelectMany(s => s.Questions.Select(q => snapshot.Answers.Current(s.Id, q.Id)))
            .OfType<Deals.Answer>();
}
