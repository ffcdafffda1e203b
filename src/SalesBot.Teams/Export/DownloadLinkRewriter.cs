using SalesBot.Core.Conversations;

namespace SalesBot.Teams.Export;

/// <summary>Replaces each file of a turn with a download link bound to the user who asked for it.</summary>
internal sealed class DownloadLinkRewriter(ExportLinks links)
{
    public IReadOnlyList<Reply> Rewrite(IReadOnlyList<Reply> replies, Owner owner, Uri requestBase) =>
        replies.Select(reply => reply is FileReply file
            ? new DownloadReply(file.FileName, file.ContentType, links.Issue(owner, FormatOf(file), requestBase), links.Lifetime)
            : reply).ToList();

    private static string FormatOf(FileReply file) =>
        file.ContentType == "application/json" ? Dialogs.Privacy.ExportFiles.Json : Dialogs.Privacy.ExportFiles.Csv;
}
