using System.Globalization;
using SalesBot.Core.Coaching;
using SalesBot.Dialogs.Conversation;
using SalesBot.Dialogs.Rendering;

namespace SalesBot.Dialogs.Privacy;

/// <summary>The user's own data as files: every deal with every answer version, as CSV and as JSON.</summary>
public static class ExportFiles
{
    public const string Csv = "csv";
    public const string Json = "json";

    public static async Task<ExportResult> BuildAsync(DealSession session, Playbook playbook, CancellationToken cancellationToken)
    {
        var snapshots = new List<DealSnapshot>();
        foreach (var deal in (await session.ListDealsAsync(cancellationToken)).OrderBy(d => d.CreatedAt))
        {
            snapshots.Add(await session.SnapshotAsync(deal, cancellationToken));
        }

        var stamp = session.Now.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
        return new ExportResult(
            snapshots.Count,
            snapshots.Sum(s => s.Answers.All.Count),
            new FileReply($"salesbot-export-{stamp}.csv", "text/csv", ExportWriter.Csv(playbook, snapshots)),
            new FileReply($"salesbot-export-{stamp}.json", "application/json", ExportWriter.Json(playbook, snapshots)));
    }
}
