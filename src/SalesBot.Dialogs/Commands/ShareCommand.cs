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
            dc.Context.Send("`share` posts a deal summary to the channel where you use it. Use it there: mention me with `share <prospect>` in Teams, or `/salesbot share <prospect>` in Slack.");
            return Done;
        }

        if (dc.IsInterruption)
        {
            dc.Context.Send("Say `cancel` to leave this question first, then `share` again.");
            return Done;
        }

        var (deal, result) = await ResolveAsync(dc, arguments.Trim(), "", allowNew: false, cancellationToken);
        if (deal is null)
        {
            return result;
        }

        var ask = $"Post a summary of {new UserText(deal.Prospect)} to the channel where you asked? Everyone there will see the stage, the steps done and the next step — never your answers, budget, gut feeling, personality notes or red flags.";
        return await dc.BeginDialogAsync(ConfirmDialog.DialogId, new ConfirmOptions(ConfirmDialog.Share, ask, deal.Id, deal.Prospect, target), cancellationToken);
    }
}
