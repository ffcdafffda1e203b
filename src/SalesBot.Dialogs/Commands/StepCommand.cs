using SalesBot.Dialogs.Flows;

namespace SalesBot.Dialogs.Commands;

/// <summary>Starts (or continues) a playbook step for a prospect: "qualify Acme". Judged steps create the deal if new.</summary>
internal sealed class StepCommand(PlaybookStep step) : DealCommandBase(step.Id, $"{step.Id} <prospect>", Describe(step))
{
    private readonly PlaybookStep _step = step;

    /// <summary>"Qualify: Decide whether the prospect is worth your time."</summary>
    public static string Describe(PlaybookStep step) => step.Title + ": " + FirstSentence(step.Purpose);

    public override bool StartsFlow => true;

    protected override bool AllowsNewDeal => _step.Judged;

    protected override Task<DialogTurnResult> RunAsync(DialogContext dc, Deal deal, string rest, CancellationToken cancellationToken)
    {
        if (deal.Status is DealStatus.Lost or DealStatus.Dropped)
        {
            dc.Context.Send(Localization.Strings.Format("Step.Closed", Core.Conversations.UserText.Escape(deal.Prospect), Localization.Words.Status(deal.Status), $"{Localization.CommandWords.Local("reopen")} {Flows.Quote.Name(deal.Prospect)}"));
            return Task.FromResult(Done);
        }

        return dc.BeginDialogAsync(StepDialog.DialogId, new StepOptions(deal.Id, _step.Id), cancellationToken);
    }

    private static string FirstSentence(string text)
    {
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? text : text[..(end + 1)];
    }
}
