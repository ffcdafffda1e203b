using SalesBot.Core.Conversations;
using SalesBot.Core.Playbooks;
using SalesBot.Dialogs.Engine;
using SalesBot.Dialogs.Prompts;

namespace SalesBot.Dialogs.Commands;

/// <summary>Asks which deal an ambiguous name meant, then re-runs the command for that deal.</summary>
public sealed class ChooseDealDialog : WaterfallDialog
{
    public const string DialogId = "choose-deal";
    private readonly Lazy<CommandRouter> _router;

    public ChooseDealDialog(Lazy<CommandRouter> router)
        : base(DialogId)
    {
        _router = router;
        AddStep(AskStepAsync);
        AddStep(RunStepAsync);
    }

    private static Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<ChooseDealOptions>();
        var titles = options.Names.ToList();
        if (options.NewName is { } newName)
        {
            titles.Add(Localization.Strings.Format("Deal.NewChoice", newName));
        }

        var choices = titles.Select((t, i) => new ChoiceOption((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), t, 0)).ToList();
        var question = new QuestionReply(options.Question ?? Localization.Strings.Get("Deal.WhichOne"), null, titles.Select(Choice.Of).ToList(), null, null, null);
        return step.BeginDialogAsync(AnswerPrompt.DialogId, new PromptOptions(question, AnswerKind.Choice, choices, "USD"), cancellationToken);
    }

    private async Task<DialogTurnResult> RunStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<ChooseDealOptions>();
        if (step.Result is not PromptResult { } picked || !int.TryParse(picked.Value, out var number))
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var name = number <= options.Names.Count ? options.Names[number - 1] : options.NewName!;
        if (number > options.Names.Count)
        {
            var deal = step.Context.Session.StartDeal(name);
            step.Context.Send(Localization.Strings.Format("Deal.New", UserText.Escape(deal.Prospect)));
        }

        step.Dialog.CancelAllDialogs();
        return await _router.Value.DispatchAsync(step.Dialog, $"{options.Command} \"{name}\" {options.Rest}".Trim(), cancellationToken);
    }
}
