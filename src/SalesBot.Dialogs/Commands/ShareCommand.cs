using SalesBot.Dialogs.Privacy;

namespace SalesBot.Dialogs.Commands;

/// <summary>
/// "share Acme", used in a channel: after a yes in private, posts a redacted summary of the deal (stage, steps done, next step)
/// to that channel. Nothing is ever shared without it.
/// </summary>
internal sealed class ShareCommand() : DealCommandBase(
    "share", "share <prospect>", "In a channel: post a short summary of a deal for your team (stage and next step; no budget, gut feeling, personality or red flags). Asks first.")
{
    public override async Task<DialogTurnResult> ExecuteAsync(DialogContext dc, string arguments, CancellationToken cancellationToken)
    {
        var target = dc.Context.Turn.OriginConversationId;
        if (target is null)
        {
            dc.Context.Send(Localization.Strings.Get("Share.WhereToUse"));
            return Done;
        }

        if (dc.IsInterruption)
        {
            dc.Context.Send(Localization.Strings.Get("Share.LeaveFirst"));
            return Done;
        }

        return await ForDealAsync(dc, arguments.Trim(), "", cancellationToken);
    }

    protected override Task<DialogTurnResult> RunAsync(DialogContext dc, Deal deal, string rest, CancellationToken cancellationToken)
    {
        var target = dc.Context.Turn.OriginConversationId; // not null: checked by ExecuteAsync
        var ask = Localization.Strings.Format("Share.Ask", UserText.Escape(deal.Prospect));
        return dc.BeginDialogAsync(ConfirmDialog.DialogId, new ConfirmOptions(ConfirmDialog.Share, ask, deal.Id, deal.Prospect, target), cancellationToken);
    }
}
