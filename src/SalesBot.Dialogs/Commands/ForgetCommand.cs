using SalesBot.Core.Conversations;
using SalesBot.Dialogs.Engine;
using SalesBot.Dialogs.Privacy;

namespace SalesBot.Dialogs.Commands;

/// <summary>"forget Acme" deletes one deal for good; "forget me" deletes everything kept about the user. Both ask first.</summary>
internal sealed class ForgetCommand : DealCommandBase
{
    public override string Name => "forget";

    public override string Usage => "forget <prospect> | forget me";

    public override string Summary => "Delete a deal for good, or everything I keep about you (`forget me`). Asks first.";

    public override async Task<DialogTurnResult> ExecuteAsync(DialogContext dc, string arguments, CancellationToken cancellationToken)
    {
        if (dc.IsInterruption)
        {
            dc.Context.Send(Localization.Strings.Get("Forget.LeaveFirst"));
            return Done;
        }

        var name = arguments.Trim();
        if (name.Equals("me", StringComparison.OrdinalIgnoreCase))
        {
            var count = (await dc.Context.Session.ListDealsAsync(cancellationToken)).Count;
            var question = Localization.Strings.Format("Forget.AskMe", count);
            return await dc.BeginDialogAsync(ConfirmDialog.DialogId, new ConfirmOptions(ConfirmDialog.ForgetMe, question, null, null, null), cancellationToken);
        }

        var (deal, result) = await ResolveAsync(dc, name, "", allowNew: false, cancellationToken);
        if (deal is null)
        {
            return result;
        }

        var ask = Localization.Strings.Format("Forget.AskDeal", UserText.Escape(deal.Prospect));
        return await dc.BeginDialogAsync(ConfirmDialog.DialogId, new ConfirmOptions(ConfirmDialog.ForgetDeal, ask, deal.Id, deal.Prospect, null), cancellationToken);
    }
}
