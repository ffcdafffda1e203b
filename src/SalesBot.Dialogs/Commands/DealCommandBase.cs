using SalesBot.Dialogs.Flows;

namespace SalesBot.Dialogs.Commands;

/// <summary>
/// Shared by commands that act on one deal: finds it by name, or asks which when the name is ambiguous (the command then
/// runs again for the deal picked), and runs <see cref="RunAsync"/> on the deal found.
/// </summary>
internal abstract class DealCommandBase(string name, string usage, string summary) : BotCommand(name, usage, summary)
{
    /// <summary>At most this many open deals are offered when the prospect is left out.</summary>
    private const int MaxListed = 10;

    /// <summary>True when a name no deal has yet starts a new deal.</summary>
    protected virtual bool AllowsNewDeal => false;

    /// <summary>The arguments are the prospect's name.</summary>
    public override Task<DialogTurnResult> ExecuteAsync(DialogContext dc, string arguments, CancellationToken cancellationToken) =>
        ForDealAsync(dc, arguments, "", cancellationToken);

    /// <summary>What the command does to the deal; <paramref name="rest"/> is what followed the prospect's name.</summary>
    protected abstract Task<DialogTurnResult> RunAsync(DialogContext dc, Deal deal, string rest, CancellationToken cancellationToken);

    /// <summary>Runs the command on the deal named <paramref name="name"/>, or ends the turn as <see cref="ResolveAsync"/> says.</summary>
    protected async Task<DialogTurnResult> ForDealAsync(DialogContext dc, string name, string rest, CancellationToken cancellationToken)
    {
        var (deal, result) = await ResolveAsync(dc, name, rest, AllowsNewDeal, cancellationToken);
        return deal is null ? result : await RunAsync(dc, deal, rest, cancellationToken);
    }

    /// <summary>The prospect named at the start of <paramref name="arguments"/> among the user's deals, and the words after it (<see cref="ProspectResolver.SplitName"/>).</summary>
    protected static async Task<(string Name, string Remainder)> SplitNameAsync(DialogContext dc, string arguments, CancellationToken cancellationToken) =>
        ProspectResolver.SplitName(await dc.Context.Session.ListDealsAsync(cancellationToken), arguments);

    /// <summary>
    /// The deal named <paramref name="name"/>, or null after telling the user why not
    /// (the result then says how the turn ends: a question was asked, or nothing more to do).
    /// </summary>
    private async Task<(Deal? Deal, DialogTurnResult Result)> ResolveAsync(
        DialogContext dc, string name, string rest, bool allowNew, CancellationToken cancellationToken)
    {
        var done = new DialogTurnResult(DialogTurnStatus.Complete);
        var deals = await dc.Context.Session.ListDealsAsync(cancellationToken);
        if (ProspectName.Normalize(name).Length == 0)
        {
            var open = deals.Where(d => d.IsOpen).OrderByDescending(d => d.UpdatedAt).ThenBy(d => d.Prospect, StringComparer.OrdinalIgnoreCase).Take(MaxListed).Select(d => d.Prospect).ToList();
            if (allowNew || dc.IsInterruption || open.Count == 0)
            {
                dc.Context.Send(Localization.Strings.Format("Deal.WhichProspect", Localization.CommandWords.LocalUsage(Name, Usage)));
                return (null, done);
            }

            var ask = new ChooseDealOptions(Name, rest, open, null) { Question = Localization.Strings.Get("Deal.PickProspect") };
            return (null, await dc.BeginDialogAsync(ChooseDealDialog.DialogId, ask, cancellationToken));
        }

        var match = ProspectResolver.Match(deals, name);
        if (match.Deal is not null)
        {
            return (match.Deal, done);
        }

        var wanted = ProspectName.Normalize(name);
        if (match.IsAmbiguous && dc.IsInterruption)
        {
            var names = string.Join(", ", match.Candidates.Select(d => $"\"{UserText.Escape(d.Prospect)}\""));
            dc.Context.Send(Localization.Strings.Format("Deal.Ambiguous", UserText.Escape(wanted), names, $"{Localization.CommandWords.Local(Name)} {Flows.Quote.Name(match.Candidates[0].Prospect)}"));
            return (null, done);
        }

        if (match.IsAmbiguous || (allowNew && match.Candidates.Count > 0))
        {
            var options = new ChooseDealOptions(Name, rest, match.Candidates.Select(d => d.Prospect).ToList(), allowNew ? wanted : null);
            return (null, await dc.BeginDialogAsync(ChooseDealDialog.DialogId, options, cancellationToken));
        }

        if (allowNew)
        {
            var deal = dc.Context.Session.StartDeal(wanted);
            dc.Context.Send(Localization.Strings.Format("Deal.New", UserText.Escape(deal.Prospect)));
            return (deal, done);
        }

        var first = dc.Context.Playbook.JudgedSteps.FirstOrDefault()?.Id ?? dc.Context.Playbook.Steps[0].Id;
        dc.Context.Send(Localization.Strings.Format("Deal.NoSuch", UserText.Escape(wanted), $"{Localization.CommandWords.Local(first)} {wanted}"));
        return (null, done);
    }
}
