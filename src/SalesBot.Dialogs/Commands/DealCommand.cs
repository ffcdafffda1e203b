using SalesBot.Core.Coaching;
using SalesBot.Core.Conversations;
using SalesBot.Dialogs.Engine;

namespace SalesBot.Dialogs.Commands;

/// <summary>"deal Acme [history]": stage, every recorded answer, verdict, red flags and the next step.</summary>
internal sealed class DealCommand : DealCommandBase
{
    public override string Name => "deal";

    public override string Usage => "deal <prospect> [history]";

    public override string Summary => "The deal: stage, answers with notes and dates, verdict, red flags, next step. Add history for every version and change.";

    public override async Task<DialogTurnResult> ExecuteAsync(DialogContext dc, string arguments, CancellationToken cancellationToken)
    {
        var history = false;
        var text = arguments.Trim();
        if (text.EndsWith(" history", StringComparison.OrdinalIgnoreCase))
        {
            history = true;
            text = text[..^" history".Length];
        }

        var (deal, result) = await ResolveAsync(dc, text, history ? "history" : "", allowNew: false, cancellationToken);
        if (deal is null)
        {
            return result;
        }

        var snapshot = await dc.Context.Session.SnapshotAsync(deal, cancellationToken);
        dc.Context.Send(new DealReply(DealViewBuilder.Build(dc.Context.Playbook, snapshot, history)));
        return Done;
    }
}
