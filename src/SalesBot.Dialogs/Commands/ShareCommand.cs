using SalesBot.Core.Conversations;
using SalesBot.Dialogs.Engine;
using SalesBot.Dialogs.Privacy;

namespace SalesBot.Dialogs.Commands;

/// <summary>
/// "share Acme", used in a channel: after a yes in private, posts a redacted summary of the deal (stage, steps done, next step)
/// to that channel. Nothing is ever shared without it.
/// </summary>
internal sealed class ShareCommand : DealCommandBase
{
    public override string Name => "share";

    public override string Usage => "share <prospect>";

    public override string Summary => "In a channel: post a short summary of a deal for your team (stage and next step; no budget, gut feeling, personality or red flags). Asks first.";

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

        var (deal, result) = await ResolveAsync(dc, arguments.Trim(), "", allowNew: false, cancellationToken);
        if (deal is null)
        {
            return result;
        }

        var ask = Localization.Strings.Format("Share.Ask", UserText.Escape(deal.Prospect));
        return await dc.BeginDialogAsync(ConfirmDialog.DialogId, new ConfirmOptions(ConfirmDialog.Share, ask, deal.Id, deal.Prospect, target), cancellationToken);
    }
}
