using SalesBot.Dialogs.Privacy;

namespace SalesBot.Dialogs.Commands;

/// <summary>"forget Acme" deletes one deal for good; "forget me" deletes everything kept about the user. Both ask first.</summary>
internal sealed class ForgetCommand() : DealCommandBase(
    "forget", "forget <prospect> | forget me", "Delete a deal for good, or everything I keep about you (`forget me`). Asks first.")
{
    public override async Task<DialogTurnResult> ExecuteAsync(DialogContext dc, string arguments, CancellationToken cancellationToken)
    {
        if (dc.IsInterruption)
        {
            dc.Context.Send(Localization.Strings.Get("Forget.LeaveFirst"));
            return Done;
        }

        var name = arguments.Trim();
        if (Localization.CommandWords.Sub(Name, name, "me") is null)
        {
            return await ForDealAsync(dc, name, "", cancellationToken);
        }

        var count = (await dc.Context.Session.ListDealsAsync(cancellationToken)).Count;
        var question = Localization.Strings.Format("Forget.AskMe", count);
        return await dc.BeginDialogAsync(ConfirmDialog.DialogId, new ConfirmOptions(ConfirmDialog.ForgetMe, question, null, null, null), cancellationToken);
    }

    protected override Task<DialogTurnResult> RunAsync(DialogContext dc, Deal deal, string rest, CancellationToken cancellationToken)
    {
        var ask = Localization.Strings.Format("Forget.AskDeal", UserText.Escape(deal.Prospect));
        return dc.BeginDialogAsync(ConfirmDialog.DialogId, new ConfirmOptions(ConfirmDialog.ForgetDeal, ask, deal.Id, deal.Prospect, null), cancellationToken);
    }
}
