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
        return step.BeginDialogAsync(AnswerPrompt.DialogId, new PromptOptions(question, AnswerKind.Choice, choices, "USD") { TypedFallback = true }, cancellationToken);
    }

    private async Task<DialogTurnResult> RunStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<ChooseDealOptions>();
        if (step.Result is PromptResult { Typed: true } typed)
        {
            return await TypedAsync(step, options, typed.Value, cancellationToken);
        }

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

        return await RunAsync(step, options, name, cancellationToken);
    }

    private async Task<DialogTurnResult> RunAsync(WaterfallStepContext step, ChooseDealOptions options, string name, CancellationToken cancellationToken)
    {
        step.Dialog.CancelAllDialogs();
        return await _router.Value.DispatchAsync(step.Dialog, $"{options.Command} \"{name}\" {options.Rest}".Trim(), cancellationToken);
    }

    /// <summary>
    /// A typed reply that is none of the buttons names a deal the way a command does (<see cref="ProspectResolver"/>: a unique
    /// run of its words, the last one possibly cut short, so "crumbs" finds "Sweet Crumbs"): first among the deals offered,
    /// then among all the user's deals. Several matches narrow the question to them; none says so and asks again.
    /// </summary>
    private async Task<DialogTurnResult> TypedAsync(WaterfallStepContext step, ChooseDealOptions options, string typed, CancellationToken cancellationToken)
    {
        var deals = await step.Context.Session.ListDealsAsync(cancellationToken);
        var offered = deals.Where(d => options.Names.Contains(d.Prospect, StringComparer.Ordinal)).ToList();
        var match = ProspectResolver.Match(offered, typed);
        if (match.Deal is null && match.Candidates.Count == 0)
        {
            match = ProspectResolver.Match(deals, typed);
        }

        if (match.Deal is { } deal)
        {
            return await RunAsync(step, options, deal.Prospect, cancellationToken);
        }

        if (match.IsAmbiguous)
        {
            var names = match.Candidates.Select(d => d.Prospect).Distinct(StringComparer.Ordinal).ToList();
            return await step.ReplaceDialogAsync(DialogId, options with { Names = names, Question = Localization.Strings.Format("Deal.CouldBeAny", new UserText(typed).ToString()) }, cancellationToken);
        }

        step.Context.Send(Localization.Strings.Format("Deal.NoneNamed", new UserText(typed).ToString()));
        return await step.ReplaceDialogAsync(DialogId, options, cancellationToken);
    }
}
