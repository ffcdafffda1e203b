using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;
using SalesBot.Dialogs.Engine;

namespace SalesBot.Dialogs.Commands;

/// <summary>"won Acme", "lost Acme went cheaper", "drop Acme never answers": closes a deal with the reason recorded.</summary>
internal sealed class CloseCommand : DealCommandBase
{
    private readonly DealStatus _status;

    public CloseCommand(DealStatus status) => _status = status;

    public override string Name => _status switch
    {
        DealStatus.Won => "won",
        DealStatus.Lost => "lost",
        _ => "drop",
    };

    public override string Usage => _status == DealStatus.Won ? "won <prospect> [note]" : $"{Name} <prospect> <reason>";

    public override string Summary => _status switch
    {
        DealStatus.Won => "Mark a deal won.",
        DealStatus.Lost => "Mark a deal lost, with the reason.",
        _ => "Drop a prospect that is not worth the time, with the reason.",
    };

    public override async Task<DialogTurnResult> ExecuteAsync(DialogContext dc, string arguments, CancellationToken cancellationToken)
    {
        var deals = await dc.Context.Session.ListDealsAsync(cancellationToken);
        var (name, reason) = ProspectResolver.SplitName(deals, arguments);
        var (deal, result) = await ResolveAsync(dc, name, reason, allowNew: false, cancellationToken);
        if (deal is null)
        {
            return result;
        }

        if (reason.Length == 0 && _status != DealStatus.Won)
        {
            dc.Context.Send(Localization.Strings.Format("Close.Why", $"{Localization.CommandWords.Local(Name)} {Flows.Quote.Name(deal.Prospect)} <{Localization.Strings.Get("Placeholder.reason")}>"));
            return Done;
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
        return Done;
    }

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
