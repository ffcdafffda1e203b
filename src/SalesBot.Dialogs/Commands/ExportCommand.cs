using SalesBot.Core.Conversations;
using SalesBot.Dialogs.Engine;
using SalesBot.Dialogs.Rendering;

namespace SalesBot.Dialogs.Commands;

/// <summary>"export": the user's deals and every answer version, as CSV and as JSON.</summary>
internal sealed class ExportCommand : IBotCommand
{
    public string Name => "export";

    public IReadOnlyList<string> Aliases => [];

    public string Usage => "export";

    public string Summary => "Download your deals and answers as CSV and JSON.";

    public bool StartsFlow => false;

    public async Task<DialogTurnResult> ExecuteAsync(DialogContext dc, string arguments, CancellationToken cancellationToken)
    {
        var session = dc.Context.Session;
        var snapshots = new List<Core.Coaching.DealSnapshot>();
        foreach (var deal in (await session.ListDealsAsync(cancellationToken)).OrderBy(d => d.CreatedAt))
        {
            snapshots.Add(await session.SnapshotAsync(deal, cancellationToken));
        }

        var stamp = session.Now.ToString("yyyyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture);
        var answers = snapshots.Sum(s => s.Answers.All.Count);
        dc.Context.Send($"Your export: {snapshots.Count} deal{(snapshots.Count == 1 ? "" : "s")} and {answers} answer version{(answers == 1 ? "" : "s")}.");
        dc.Context.Send(new FileReply($"salesbot-export-{stamp}.csv", "text/csv", ExportWriter.Csv(dc.Context.Playbook, snapshots)));
        dc.Context.Send(new FileReply($"salesbot-export-{stamp}.json", "application/json", ExportWriter.Json(dc.Context.Playbook, snapshots)));
        return new DialogTurnResult(DialogTurnStatus.Complete);
    }
}
