using SalesBot.Core.Coaching;
using SalesBot.Core.Conversations;
using SalesBot.Dialogs.Engine;

namespace SalesBot.Dialogs.Commands;

/// <summary>"deals" / "pipeline": every deal of the user by stage, each with its next step.</summary>
internal sealed class PipelineCommand : IBotCommand
{
    public string Name => "deals";

    public IReadOnlyList<string> Aliases => ["pipeline"];

    public string Usage => "deals";

    public string Summary => "Your pipeline: deals by stage, each with its next step.";

    public bool StartsFlow => false;

    public async Task<DialogTurnResult> ExecuteAsync(DialogContext dc, string arguments, CancellationToken cancellationToken)
    {
        var session = dc.Context.Session;
        var deals = await session.ListDealsAsync(cancellationToken);
        if (deals.Count == 0)
        {
            dc.Context.Send(Localization.Strings.Get("Pipeline.Empty"));
            return new DialogTurnResult(DialogTurnStatus.Complete);
        }

        var entries = new List<PipelineEntry>();
        foreach (var deal in deals.OrderBy(d => d.Status).ThenBy(d => d.Stage).ThenBy(d => d.Prospect, StringComparer.OrdinalIgnoreCase))
        {
            entries.Add(DealViewBuilder.Line(dc.Context.Playbook, await session.SnapshotAsync(deal, cancellationToken)));
        }

        dc.Context.Send(new PipelineReply(entries));
        return new DialogTurnResult(DialogTurnStatus.Complete);
    }
}
