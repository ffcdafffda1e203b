using SalesBot.Dialogs.Privacy;

namespace SalesBot.Dialogs.Commands;

/// <summary>"export": the user's deals and every answer version, as CSV and as JSON.</summary>
internal sealed class ExportCommand() : BotCommand("export", "export", "Download your deals and answers as CSV and JSON.")
{
    public override async Task<DialogTurnResult> ExecuteAsync(DialogContext dc, string arguments, CancellationToken cancellationToken)
    {
        var export = await ExportFiles.BuildAsync(dc.Context.Session, dc.Context.Playbook, cancellationToken);
        dc.Context.Send(Localization.Strings.Format("Export.Done", export.Deals, export.AnswerVersions));
        dc.Context.Send(export.Csv);
        dc.Context.Send(export.Json);
        return Done;
    }
}
