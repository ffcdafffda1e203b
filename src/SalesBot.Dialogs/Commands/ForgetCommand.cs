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
            dc.Context.Send("Deleting needs your full attention: say `cancel` to leave this question first, then `forget` again.");
            return Done;
        }

        var name = arguments.Trim();
        if (name.Equals("me", StringComparison.OrdinalIgnoreCase))
        {
            var count = (await dc.Context.Session.ListDealsAsync(cancellationToken)).Count;
            var question =
                $"Delete everything I keep about you? That is {count} deal{(count == 1 ? "" : "s")} with every answer, touch and history entry, " +
                "your settings, our conversations and how to reach you. This cannot be undone (say `export` first to keep a copy).";
            return await dc.BeginDialogAsync(ConfirmDialog.DialogId, new ConfirmOptions(ConfirmDialog.ForgetMe, question, null, null, null), cancellationToken);
        }

        var (deal, result) = await ResolveAsync(dc, name, "", allowNew: false, cancellationToken);
        if (deal is null)
        {
            return result;
        }

        var ask = $"Delete {new UserText(deal.Prospect)} for good, with every answer, touch and history entry? This cannot be undone.";
        return await dc.BeginDialogAsync(ConfirmDialog.DialogId, new ConfirmOptions(ConfirmDialog.ForgetDeal, ask, deal.Id, deal.Prospect, null), cancellationToken);
    }
}
