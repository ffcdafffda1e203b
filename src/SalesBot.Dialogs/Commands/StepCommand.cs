using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;
using SalesBot.Core.Playbooks;
using SalesBot.Dialogs.Engine;
using SalesBot.Dialogs.Flows;

namespace SalesBot.Dialogs.Commands;

/// <summary>Starts (or continues) a playbook step for a prospect: "qualify Acme". Judged steps create the deal if new.</summary>
internal sealed class StepCommand : DealCommandBase
{
    private readonly PlaybookStep _step;

    public StepCommand(PlaybookStep step) => _step = step;

    public override string Name => _step.Id;

    public override string Usage => $"{_step.Id} <prospect>";

    public override string Summary => Describe(_step);

    /// <summary>"Qualify: Decide whether the prospect is worth your time."</summary>
    public static string Describe(PlaybookStep step) => step.Title + ": " + FirstSentence(step.Purpose);

    public override bool StartsFlow => true;

    public override async Task<DialogTurnResult> ExecuteAsync(DialogContext dc, string arguments, CancellationToken cancellationToken)
    {
        var (deal, result) = await ResolveAsync(dc, arguments, "", allowNew: _step.Judged, cancellationToken);
        if (deal is null)
        {
            return result;
        }

        if (deal.Status is DealStatus.Lost or DealStatus.Dropped)
        {
            dc.Context.Send(Localization.Strings.Format("Step.Closed", Core.Conversations.UserText.Escape(deal.Prospect), Localization.Words.Status(deal.Status), $"{Localization.CommandWords.Local("reopen")} {Flows.Quote.Name(deal.Prospect)}"));
            return Done;
        }

        return await dc.BeginDialogAsync(StepDialog.DialogId, new StepOptions(deal.Id, _step.Id), cancellationToken);
    }

    private static string FirstSentence(string text)
    {
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? text : text[..(end + 1)];
    }
}
