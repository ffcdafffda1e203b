using SalesBot.Core.Conversations;
using SalesBot.Dialogs.Localization;
using SalesBot.Teams.Localization;

namespace SalesBot.Teams.Export;

/// <summary>
/// Replaces each file of a turn with a download link bound to the user who asked for it. With no address SalesBot can
/// vouch for (no Export:PublicBaseUrl, and the request did not come from this machine) the files become one notice instead.
/// </summary>
internal sealed class DownloadLinkRewriter(ExportLinks links)
{
    /// <summary>The notice instead of links, in the current UI culture.</summary>
    public static string NoPublicAddress => Strings.Get("Download.NoPublicAddress");

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
            var language = replies[notice].Language;
            using var culture = BotCulture.Use(language);
            return [.. replies.Take(notice), new TextReply(NoPublicAddress) { Language = language }, .. replies.Skip(notice).Where(reply => reply is not FileReply)];
        }

        return replies.Select(reply => reply is FileReply file
            ? new DownloadReply(file.FileName, file.ContentType, links.Issue(owner, FormatOf(file), root), links.Lifetime)
            : reply).ToList();
    }

    private static string FormatOf(FileReply file) =>
        file.ContentType == "application/json" ? Dialogs.Privacy.ExportFiles.Json : Dialogs.Privacy.ExportFiles.Csv;
}
