using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;
using SalesBot.Dialogs.Engine;

namespace SalesBot.Dialogs.Commands;

/// <summary>"reopen Acme": a lost or dropped prospect came back.</summary>
internal sealed class ReopenCommand() : DealCommandBase("reopen", "reopen <prospect>", "Reopen a lost or dropped deal.")
{
    protected override Task<DialogTurnResult> RunAsync(DialogContext dc, Deal deal, string rest, CancellationToken cancellationToken)
    {
        if (deal.IsOpen)
        {
            dc.Context.Send($"{new UserText(deal.Prospect)} is already open.");
            return Task.FromResult(Done);
        }

        deal.Reopen(dc.Context.Session.Now);
        dc.Context.Session.Changed(deal);
        dc.Context.Session.AddEvent(deal, "status", "Reopened.");
        dc.Context.Send($"{new UserText(deal.Prospect)} is open again. Say `deal {Flows.Quote.Name(deal.Prospect)}` for the next step.");
        return Task.FromResult(Done);
    }
}
