namespace SalesBot.Dialogs.Privacy;

/// <summary>An export: how much it holds, and the two files.</summary>
public sealed record ExportResult(int Deals, int AnswerVersions, FileReply Csv, FileReply Json)
{
    public FileReply File(string format) => format == ExportFiles.Json ? Json : Csv;
}
