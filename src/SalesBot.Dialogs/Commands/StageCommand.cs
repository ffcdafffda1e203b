namespace SalesBot.Dialogs.Commands;

/// <summary>"stage Acme contract": puts the deal at a link of the deal cycle.</summary>
internal sealed class StageCommand() : DealCommandBase(
    "stage", "stage <prospect> <engagement|entry|alignment|contract|execution|closing|exit>", "Move a deal to a link of the seven-link deal cycle.")
{
    public override async Task<DialogTurnResult> ExecuteAsync(DialogContext dc, string arguments, CancellationToken cancellationToken)
    {
        var (name, rest) = await SplitNameAsync(dc, arguments, cancellationToken);
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

        if (Localization.Words.ParseLink(rest) is null)
        {
            dc.Context.Send(Localization.Strings.Format("Stage.NotAStage", UserText.Escape(rest), Localization.CommandWords.LocalUsage(Name, Usage)));
            return Done;
        }

        return await ForDealAsync(dc, name, rest, cancellationToken);
    }

    /// <param name="rest">The link, checked by <see cref="ExecuteAsync"/>.</param>
    protected override Task<DialogTurnResult> RunAsync(DialogContext dc, Deal deal, string rest, CancellationToken cancellationToken)
    {
        var link = Localization.Words.ParseLink(rest)!.Value;
        var before = deal.Stage;
        deal.MoveTo(link, dc.Context.Session.Now);
        dc.Context.Session.Changed(deal);
        dc.Context.Session.AddEvent(deal, "stage", DealHistory.Stage(before, link, byHand: true));
        var guide = dc.Context.Playbook.Links.FirstOrDefault(l => l.Link == link);
        dc.Context.Send($"{Localization.Strings.Format("Stage.Moved", UserText.Escape(deal.Prospect), Localization.Words.Link(link), (int)link)} {guide?.Meaning} {guide?.WhatMatters}".TrimEnd());
        return Task.FromResult(Done);
    }
}
