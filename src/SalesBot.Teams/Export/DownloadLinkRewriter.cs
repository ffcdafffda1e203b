using SalesBot.Core.Conversations;

namespace SalesBot.Teams.Export;

/// <summary>
/// Replaces each file of a turn with a download link bound to the user who asked for it. With no address SalesBot can
/// vouch for (no Export:PublicBaseUrl, and the request did not come from this machine) the files become one notice instead.
/// </summary>
internal sealed class DownloadLinkRewriter(ExportLinks links)
{
    public const string NoPublicAddress =
        "I can't give you download links here: SalesBot's public address is not configured. Ask whoever runs SalesBot to set `Export:PublicBaseUrl`.";

    public IReadOnlyList<Reply> Rewrite(IReadOnlyList<Reply> replies, Owner owner, Uri? linkBase)
    {
        if (!replies.Any(reply => reply is FileReply))
        {
            return replies;
        }

        var root = links.Root(linkBase);
        if (root is null)
        {
            var notice = replies.TakeWhile(reply => reply is not FileReply).Count();
            return [.. replies.Take(notice), new TextReply(NoPublicAddress), .. replies.Skip(notice).Where(reply => reply is not FileReply)];
        }

        return replies.Select(reply => reply is FileReply file
            ? new DownloadReply(file.FileName, file.ContentType, links.Issue(owner, FormatOf(file), root), links.Lifetime)
            : reply).ToList();
    }

    private static string FormatOf(FileReply file) =>
        file.ContentType == "application/json" ? Dialogs.Privacy.ExportFiles.Json : Dialogs.Privacy.ExportFiles.Csv;
}
