using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;
using SalesBot.Dialogs.Engine;

namespace SalesBot.Dialogs.Commands;

/// <summary>"stage Acme contract": puts the deal at a link of the deal cycle.</summary>
internal sealed class StageCommand : DealCommandBase
{
    public override string Name => "stage";

    public override string Usage => "stage <prospect> <engagement|entry|alignment|contract|execution|closing|exit>";

    public override string Summary => "Move a deal to a link of the seven-link deal cycle.";

    public override async Task<DialogTurnResult> ExecuteAsync(DialogContext dc, string arguments, CancellationToken cancellationToken)
    {
        var deals = await dc.Context.Session.ListDealsAsync(cancellationToken);
        var (name, rest) = ProspectResolver.SplitName(deals, arguments);
        if (rest.Length == 0 && name.Length > 0 && Localization.Words.ParseLink(name) is not null)
        {
            dc.Context.Send(Localization.Strings.Format("Deal.WhichProspect", Localization.CommandWords.LocalUsage(Name, Usage)));
            return Done;
        }

        if (rest.Length == 0)
        {
            dc.Context.Send(Localization.Strings.Format("Stage.Which", Localization.CommandWords.LocalUsage(Name, Usage)));
            return Done;
        }

        if (Localization.Words.ParseLink(rest) is not { } link)
        {
            dc.Context.Send(Localization.Strings.Format("Stage.NotAStage", UserText.Escape(rest), Localization.CommandWords.LocalUsage(Name, Usage)));
            return Done;
        }

        var (deal, result) = await ResolveAsync(dc, name, rest, allowNew: false, cancellationToken);
        if (deal is null)
        {
            return result;
        }

        var before = deal.Stage;
        deal.MoveTo(link, dc.Context.Session.Now);
        dc.Context.Session.Changed(deal);
        dc.Context.Session.AddEvent(deal, "stage", DealHistory.Stage(before, link, byHand: true));
        var guide = dc.Context.Playbook.Links.FirstOrDefault(l => l.Link == link);
        dc.Context.Send($"{Localization.Strings.Format("Stage.Moved", UserText.Escape(deal.Prospect), Localization.Words.Link(link), (int)link)} {guide?.Meaning} {guide?.WhatMatters}".TrimEnd());
        return Done;
    }
}
