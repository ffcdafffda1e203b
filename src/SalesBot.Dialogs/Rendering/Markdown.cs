namespace SalesBot.Dialogs.Rendering;

/// <summary>
/// SalesBot's replies are light markdown (**bold**, _italic_, `code`, "- " lists). Text a user typed — a prospect name —
/// goes into them with every markup character backslash-escaped (CommonMark's escapes), so a name like
/// <c>**Evil** [x](http://evil.example)</c> shows as typed instead of as bold text and a link. Each channel renders the
/// escapes its own way: Teams and the local chat read them as CommonMark does, Slack's mrkdwn gets inert characters.
/// </summary>
public static class Markdown
{
    /// <summary>The characters escaped (see <see cref="Core.Conversations.UserText.Special"/>).</summary>
    public const string Special = Core.Conversations.UserText.Special;

    public static string Escape(string text) => Core.Conversations.UserText.Escape(text);
}
