using SalesBot.Core.Qualification;
using SalesBot.Dialogs.Prompts;

namespace SalesBot.Dialogs.Flows;

/// <summary>
/// Asks the questions of one playbook step one at a time and records each answer.
/// Each iteration replaces itself with the next one; "back" and "skip" move the position.
/// </summary>
public sealed class QuestionLoopDialog() : WaterfallDialog(DialogId, [AskStepAsync, RecordStepAsync])
{
    public const string DialogId = "question-loop";

    private static async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<QuestionLoopOptions>();
        var context = step.Context;
        var playbookStep = context.Playbook.FindStep(options.StepId);
        var deal = await context.Session.GetDealAsync(options.DealId, cancellationToken);
        if (playbookStep is null || deal is null || options.Index >= playbookStep.Questions.Count)
        {
            return await step.EndDialogAsync(playbookStep is not null && deal is not null, cancellationToken);
        }

        var answers = await context.Session.GetAnswersAsync(deal.Id, cancellationToken);
        var current = answers.Current(playbookStep.Id, playbookStep.Questions[options.Index].Id);
        var price = await context.Session.GetPriceAsync(cancellationToken);
        var prompt = QuestionFactory.Create(playbookStep, options.Index, deal, current, price);
        return await step.BeginDialogAsync(AnswerPrompt.DialogId, prompt, cancellationToken);
    }

    private static async Task<DialogTurnResult> RecordStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<QuestionLoopOptions>();
        var context = step.Context;
        var playbookStep = context.Playbook.GetStep(options.StepId);
        var deal = await context.Session.GetDealAsync(options.DealId, cancellationToken);
        if (deal is null || step.Result is not PromptResult result)
        {
            return await step.EndDialogAsync(false, cancellationToken);
        }

        var question = playbookStep.Questions[options.Index];
        var answer = await context.Session.RecordAnswerAsync(deal, playbookStep.Id, question.Id, result.Value, result.Note, cancellationToken);
        var price = await context.Session.GetPriceAsync(cancellationToken);
        foreach (var rule in RedFlagFinder.Fired(question, answer, price))
        {
            context.Send($"{Localization.Words.Severity(rule.Severity)}: {PlaybookText.Show(rule.Flag, deal.Prospect, price)} {PlaybookText.Show(rule.Advice, deal.Prospect, price)}");
        }

        await AnswerCoaching.SendNotesAsync(context, question, answer, price, cancellationToken);

        return await step.ReplaceDialogAsync(DialogId, options with { Index = options.Index + 1 }, cancellationToken);
    }

    public override async Task<bool> OnDialogEventAsync(DialogContext dc, DialogInstance instance, string name, CancellationToken cancellationToken)
    {
        var options = instance.GetOptions<QuestionLoopOptions>();
        var goTo = name.StartsWith(GoToPrefix, StringComparison.Ordinal) ? int.Parse(name[GoToPrefix.Length..], System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        if (options is null || (goTo is null && name is not (DialogEvents.Back or DialogEvents.Skip)))
        {
            return false;
        }

        var index = options.Index;
        if (goTo is { } number)
        {
            var total = dc.Context.Playbook.FindStep(options.StepId)?.Questions.Count ?? 0;
            if (number < 1 || number > total)
            {
                dc.Context.Send(Localization.Strings.Format("Loop.NoSuchQuestion", number, total));
                await dc.RepromptDialogAsync(cancellationToken);
                return true;
            }

            index = number - 1;
        }
        else if (name == DialogEvents.Back)
        {
            if (index == 0)
            {
                dc.Context.Send(Localization.Strings.Get("Loop.First"));
            }

            index = Math.Max(0, index - 1);
        }
        else
        {
            dc.Context.Send(Localization.Strings.Get("Flow.Skipped"));
            index++;
        }

        dc.PopTo(instance);
        await dc.ReplaceDialogAsync(DialogId, options with { Index = index }, cancellationToken);
        return true;
    }

    private const string GoToPrefix = "goto:";

    /// <summary>The event that moves the loop to question <paramref name="number"/> (1-based).</summary>
    public static string GoToEvent(int number) => GoToPrefix + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The options of a loop on the stack, for status and help.</summary>
    public static QuestionLoopOptions? OptionsOf(DialogInstance instance) =>
        instance.Id == DialogId ? instance.GetOptions<QuestionLoopOptions>() : null;
}
