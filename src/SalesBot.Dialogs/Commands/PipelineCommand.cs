using SalesBot.Core.Coaching;

namespace SalesBot.Dialogs.Commands;

/// <summary>"deals" / "pipeline": every deal of the user by stage, each with its next step.</summary>
internal sealed class PipelineCommand() : BotCommand("deals", "deals", "Your pipeline: deals by stage, each with its next step.", "pipeline")
{
    public override async Task<DialogTurnResult> ExecuteAsync(DialogContext dc, string arguments, CancellationToken cancellationToken)
    {
        var session = dc.Context.Session;
        var deals = await session.ListDealsAsync(cancellationToken);
        if (deals.Count == 0)
        {
            dc.Context.Send(Localization.Strings.Get("Pipeline.Empty"));
            return Done;
        }

        var entries = new List<PipelineEntry>();
        foreach (var deal in deals.OrderBy(d => d.Status).ThenBy(d => d.Stage).ThenBy(d => d.Prospect, StringComparer.OrdinalIgnoreCase))
        {
            entries.Add(DealViewBuilder.Line(dc.Context.Playbook, await session.SnapshotAsync(deal, cancellationToken)));
        }

        dc.Context.Send(new PipelineReply(entries));
        return Done;
    }
}
