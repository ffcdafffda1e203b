namespace SalesBot.Dialogs.Commands;

/// <summary>"reopen Acme": a lost or dropped prospect came back.</summary>
internal sealed class ReopenCommand() : DealCommandBase("reopen", "reopen <prospect>", "Reopen a lost or dropped deal.")
{
    protected override Task<DialogTurnResult> RunAsync(DialogContext dc, Deal deal, string rest, CancellationToken cancellationToken)
    {
        if (deal.IsOpen)
        {
            dc.Context.Send(Localization.Strings.Format("Reopen.AlreadyOpen", UserText.Escape(deal.Prospect)));
            return Task.FromResult(Done);
        }

        deal.Reopen(dc.Context.Session.Now);
        dc.Context.Session.Changed(deal);
        dc.Context.Session.AddEvent(deal, "status", DealHistory.Reopened());
        dc.Context.Send(Localization.Strings.Format("Reopen.Done", UserText.Escape(deal.Prospect), $"{Localization.CommandWords.Local("deal")} {Flows.Quote.Name(deal.Prospect)}"));
        return Task.FromResult(Done);
    }
}
