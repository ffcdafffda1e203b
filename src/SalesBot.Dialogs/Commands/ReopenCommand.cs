using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;
using SalesBot.Dialogs.Engine;

namespace SalesBot.Dialogs.Commands;

/// <summary>"reopen Acme": a lost or dropped prospect came back.</summary>
internal sealed class ReopenCommand : DealCommandBase
{
    public override string Name => "reopen";

    public override string Usage => "reopen <prospect>";

    public override string Summary => "Reopen a lost or dropped deal.";

    public override async Task<DialogTurnResult> ExecuteAsync(DialogContext dc, string arguments, CancellationToken cancellationToken)
    {
        var (deal, result) = await ResolveAsync(dc, arguments, "", allowNew: false, cancellationToken);
        if (deal is null)
        {
            return result;
        }

        if (deal.IsOpen)
        {
            dc.Context.Send(Localization.Strings.Format("Reopen.AlreadyOpen", UserText.Escape(deal.Prospect)));
            return Done;
        }

        deal.Reopen(dc.Context.Session.Now);
        dc.Context.Session.Changed(deal);
        dc.Context.Session.AddEvent(deal, "status", DealHistory.Reopened());
        dc.Context.Send(Localization.Strings.Format("Reopen.Done", UserText.Escape(deal.Prospect), $"{Localization.CommandWords.Local("deal")} {Flows.Quote.Name(deal.Prospect)}"));
        return Done;
    }
}
