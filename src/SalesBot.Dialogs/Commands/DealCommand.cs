using SalesBot.Core.Coaching;

namespace SalesBot.Dialogs.Commands;

/// <summary>"deal Acme [history]": stage, every recorded answer, verdict, red flags and the next step.</summary>
internal sealed class DealCommand() : DealCommandBase(
    "deal", "deal <prospect> [history]", "The deal: stage, answers with notes and dates, verdict, red flags, next step. Add history for every version and change.")
{
    private const string History = "history";

    public override Task<DialogTurnResult> ExecuteAsync(DialogContext dc, string arguments, CancellationToken cancellationToken)
    {
        var text = arguments.Trim();
        var space = text.LastIndexOf(' ');
        return space > 0 && Localization.CommandWords.Sub(Name, text[(space + 1)..], History) is not null
            ? ForDealAsync(dc, text[..space].TrimEnd(), History, cancellationToken)
            : ForDealAsync(dc, text, "", cancellationToken);
    }

    /// <param name="rest">"history" to show every version and change.</param>
    protected override async Task<DialogTurnResult> RunAsync(DialogContext dc, Deal deal, string rest, CancellationToken cancellationToken)
    {
        var snapshot = await dc.Context.Session.SnapshotAsync(deal, cancellationToken);
        dc.Context.Send(new DealReply(DealViewBuilder.Build(dc.Context.Playbook, snapshot, rest == History)));
        return Done;
    }
}
