using SalesBot.Core.Coaching;
using SalesBot.Core.Qualification;
using SalesBot.Dialogs.Rendering;

namespace SalesBot.Dialogs.Flows;

/// <summary>
/// One step of the consultative process for one deal: introduce it, ask its questions,
/// then mark it complete, judge the prospect when the step is judged, and say what to do next.
/// </summary>
public sealed class StepDialog() : WaterfallDialog(DialogId, [IntroStepAsync, WrapUpStepAsync])
{
    public const string DialogId = "playbook-step";

    private static async Task<DialogTurnResult> IntroStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<StepOptions>();
        var context = step.Context;
        var playbookStep = context.Playbook.GetStep(options.StepId);
        var deal = await context.Session.GetDealAsync(options.DealId, cancellationToken);
        if (deal is null)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var answers = await context.Session.GetAnswersAsync(deal.Id, cancellationToken);
        var firstOpen = playbookStep.Questions.ToList().FindIndex(q => answers.Current(playbookStep.Id, q.Id) is null);
        var intro = $"**{playbookStep.Title}: {new UserText(deal.Prospect)}**\n{playbookStep.Purpose}";
        if (firstOpen < 0)
        {
            intro += "\n" + Localization.Strings.Format("Step.AllAnswered", playbookStep.Questions.Count);
            firstOpen = 0;
        }
        else if (firstOpen > 0)
        {
            intro += "\n" + Localization.Strings.Format("Step.PickingUp", firstOpen + 1, playbookStep.Questions.Count);
        }

        context.Send(intro);
        if (playbookStep.OpensWithSummary)
        {
            var request = new SummaryRequest(context.Turn.Owner, deal.Prospect, CoachFacts.Recorded(context.Playbook, answers));
            context.Send(ConversationSummary.Compose(deal.Prospect, await context.Coach.SummarizeAsync(request, cancellationToken)));
        }

        return await step.BeginDialogAsync(QuestionLoopDialog.DialogId, new QuestionLoopOptions(deal.Id, playbookStep.Id, firstOpen), cancellationToken);
    }

    private static async Task<DialogTurnResult> WrapUpStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<StepOptions>();
        var context = step.Context;
        var playbookStep = context.Playbook.GetStep(options.StepId);
        var deal = await context.Session.GetDealAsync(options.DealId, cancellationToken);
        if (deal is null || step.Result is not true)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var before = deal.Stage;
        deal.CompleteStep(playbookStep.Id, playbookStep.Link, context.Session.Now);
        context.Session.Changed(deal);
        context.Session.AddEvent(deal, "step", DealHistory.Completed(playbookStep.Id));
        if (deal.Stage != before)
        {
            context.Session.AddEvent(deal, "stage", DealHistory.Stage(before, deal.Stage, byHand: false));
        }

        var snapshot = await context.Session.SnapshotAsync(deal, cancellationToken);
        context.Send(PlaybookText.Show(playbookStep.DoneFor(snapshot.Answers, snapshot.Price), deal.Prospect, snapshot.Price));
        var judgement = QualificationJudge.Judge(context.Playbook, snapshot.Answers, snapshot.Price);
        var next = NextStepAdvisor.Advise(context.Playbook, snapshot, judgement);
        if (playbookStep.Judged && judgement is not null)
        {
            context.Send(CoachingText.Verdict(judgement, next));
        }

        context.Send(CoachingText.Next(next));
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
