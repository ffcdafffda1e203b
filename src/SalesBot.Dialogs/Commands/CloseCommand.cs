namespace SalesBot.Dialogs.Commands;

/// <summary>"won Acme", "lost Acme went cheaper", "drop Acme never answers": closes a deal with the reason recorded.</summary>
internal sealed class CloseCommand(DealStatus status) : DealCommandBase(
    NameOf(status),
    status == DealStatus.Won ? "won <prospect> [note]" : $"{NameOf(status)} <prospect> <reason>",
    status switch
    {
        DealStatus.Won => "Mark a deal won.",
        DealStatus.Lost => "Mark a deal lost, with the reason.",
        _ => "Drop a prospect that is not worth the time, with the reason.",
    })
{
    private readonly DealStatus _status = status;

    public override async Task<DialogTurnResult> ExecuteAsync(DialogContext dc, string arguments, CancellationToken cancellationToken)
    {
        var (name, reason) = await SplitNameAsync(dc, arguments, cancellationToken);
        return await ForDealAsync(dc, name, reason, cancellationToken);
    }

    /// <param name="rest">What followed the prospect's name: the reason (for a win, a note).</param>
    protected override Task<DialogTurnResult> RunAsync(DialogContext dc, Deal deal, string rest, CancellationToken cancellationToken)
    {
        var reason = rest;
        if (reason.Length == 0 && _status != DealStatus.Won)
        {
            dc.Context.Send(Localization.Strings.Format("Close.Why", $"{Localization.CommandWords.Local(Name)} {Flows.Quote.Name(deal.Prospect)} <{Localization.Strings.Get("Placeholder.reason")}>"));
            return Task.FromResult(Done);
        }

        deal.Close(_status, reason, dc.Context.Session.Now);
        dc.Context.Session.Changed(deal);
        dc.Context.Session.AddEvent(deal, "status", DealHistory.Closed(_status, reason));
        dc.Context.Send(_status switch
        {
            DealStatus.Won => WonText(dc, deal),
            DealStatus.Lost => Localization.Strings.Format("Close.Lost", UserText.Escape(deal.Prospect), UserText.Escape(reason)),
            _ => Localization.Strings.Format("Close.Dropped", UserText.Escape(deal.Prospect), UserText.Escape(reason)),
        });
        return Task.FromResult(Done);
    }

    private static string NameOf(DealStatus status) => status switch
    {
        DealStatus.Won => "won",
        DealStatus.Lost => "lost",
        _ => "drop",
    };

    /// <summary>After a win: the written agreement first if no contract step is done yet, else the work and the feedback.</summary>
    private static string WonText(DialogContext dc, Deal deal)
    {
        var playbook = dc.Context.Playbook;
        var quoted = Flows.Quote.Name(deal.Prospect);
        var feedback = playbook.FindStep(playbook.Nudges.Feedback.StepId);
        var after = feedback is null ? Localization.Strings.Get("Close.Deliver") : Localization.Strings.Format("Close.DeliverThenFeedback", $"{Localization.CommandWords.Local(feedback.Id)} {quoted}");
        var contract = playbook.Steps.FirstOrDefault(s => s.Link == DealLink.Contract);
        return contract is not null && !deal.HasCompleted(contract.Id)
            ? Localization.Strings.Format("Close.WonContract", UserText.Escape(deal.Prospect), $"{Localization.CommandWords.Local(contract.Id)} {quoted}", after)
            : Localization.Strings.Format("Close.Won", UserText.Escape(deal.Prospect), after);
    }
}
