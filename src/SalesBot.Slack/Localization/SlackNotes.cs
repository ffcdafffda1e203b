using SalesBot.Dialogs.Localization;

namespace SalesBot.Slack.Localization;

/// <summary>The notes the Slack channel itself sends (not replies of a turn), in the current UI culture.</summary>
internal static class SlackNotes
{
    /// <summary>To a user who wrote in a channel: the coaching happens in the DM.</summary>
    public static string InDm => Strings.Get("InDm");

    /// <summary>To a user who clicked an answer of an older question.</summary>
    public static string AlreadyAnswered => Strings.Format("Question.AlreadyAnswered", "`" + CommandWords.Local("status") + "`");

    public static string Busy => Strings.Get("Command.Busy");

    public static string CommandTooLong(int length, int max) => Strings.Format("Command.TooLong", length, max);

    /// <summary>The summary could not be posted to the channel the user asked for.</summary>
    public static string ShareFailed(string prospect, string error) =>
        Strings.Format("Share.Failed", prospect, error, error is "not_in_channel" or "channel_not_found" ? Strings.Get("Share.Invite") : "");

    /// <summary>The comment of the uploaded export files.</summary>
    public static string ExportUploaded(IEnumerable<string> fileNames) => Strings.Format("Export.Upload", string.Join(", ", fileNames));

    /// <summary>Slack refused the upload, and why; <paramref name="needed"/> is the missing scope when Slack named one.</summary>
    public static string UploadFailed(string error, string? needed) =>
        needed is null ? Strings.Format("Export.UploadFailed", error) : Strings.Format("Export.NeedsScope", error, needed);

    public static string TooLongToShow(string fileName, int length) => Strings.Format("Export.TooLong", fileName, length);
}
