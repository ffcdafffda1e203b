using System.Text;
using SalesBot.Core.Conversations;
using SalesBot.Dialogs.Localization;
using SalesBot.Dialogs.Rendering;
using SalesBot.Teams.Localization;
using SalesBot.Teams.Schema;

namespace SalesBot.Teams.Mapping;

/// <summary>
/// Renders channel-neutral replies as activities: Adaptive Cards in Teams; elsewhere markdown text with choices as
/// suggested actions. The text is always set, as the fallback for notifications and clients without cards. Files become attachments.
/// </summary>
internal static class ReplyMapper
{
    public const string TeamsChannel = "msteams";

    /// <summary>The first line of the rendered text as plain words (no **, backticks, italics), for the chat preview and notifications.</summary>
    public static string Summary(string text)
    {
        var firstLine = TeamsMarkdown.Plain(text);
        return firstLine.Length <= 120 ? firstLine : firstLine[..119] + "…";
    }

    private static string DownloadText(Export.DownloadReply download) =>
        Strings.Format("Download.Link", download.FileName, download.Url.AbsoluteUri, (int)Math.Round(download.Lifetime.TotalMinutes));

    public static IList<Activity> ToActivities(Activity incoming, IEnumerable<Reply> replies) =>
        replies.Select(reply => ToActivity(incoming, reply)).ToList();

    /// <summary>An activity from the bot back to the sender of <paramref name="incoming"/>, in the same conversation.</summary>
    public static Activity ReplyTo(Activity incoming, string type) => new()
    {
        Type = type,
        ChannelId = incoming.ChannelId,
        ServiceUrl = incoming.ServiceUrl,
        Conversation = incoming.Conversation,
        From = incoming.Recipient,
        Recipient = incoming.From,
        ReplyToId = incoming.Id,
        Locale = incoming.Locale,
    };

    private static Activity ToActivity(Activity incoming, Reply reply)
    {
        using var culture = BotCulture.Use(reply.Language);
        var activity = ReplyTo(incoming, ActivityTypes.Message);
        if (reply.Language is { } language && BotCulture.For(incoming.Locale).TwoLetterISOLanguageName != language)
        {
            // The user chose another language than their client's (settings language): the reply says which it is written in.
            activity.Locale = language;
        }

        activity.TextFormat = "markdown";
        activity.Text = reply is Export.DownloadReply download ? DownloadText(download) : TextRenderer.Render(reply);

        if (incoming.ChannelId == TeamsChannel && Cards.AdaptiveCardRenderer.ToAttachment(reply) is { } card)
        {
            // Text beside a card shows as a second message in Teams (and cannot be updated with it): the card carries it all.
            activity.Summary = Summary(reply is QuestionReply question ? question.Text : activity.Text!);
            activity.Text = null;
            activity.Attachments = [card];
            activity.InputHint = reply is QuestionReply ? "expectingInput" : null;
            return activity;
        }

        if (incoming.ChannelId == TeamsChannel && reply is not Export.DownloadReply)
        {
            // Teams: the preview is plain words, and the text is the markdown Teams renders right (see TeamsMarkdown).
            activity.Summary = Summary(activity.Text!);
            activity.Text = TeamsMarkdown.Render(activity.Text!);
        }

        switch (reply)
        {
            case QuestionReply question:
                activity.InputHint = "expectingInput";
                if (question.Choices.Count > 0)
                {
                    activity.SuggestedActions = new SuggestedActions
                    {
                        To = incoming.From?.Id is { } to ? [to] : null,
                        Actions = question.Choices.Select(c => new CardAction { Type = "imBack", Title = c.Title, Value = c.Value }).ToList(),
                    };
                }

                activity.ChannelData = System.Text.Json.JsonSerializer.SerializeToElement(QuestionChannelData.For(question), BotJson.Options);
                break;
            case Export.DownloadReply link when incoming.ChannelId != TeamsChannel:
                activity.Attachments = [new Attachment { ContentType = link.ContentType, Name = link.FileName, ContentUrl = link.Url.AbsoluteUri }];
                break;
            case FileReply file:
                activity.Text = $"{file.FileName}";
                activity.Attachments =
                [
                    new Attachment
                    {
                        ContentType = file.ContentType,
                        Name = file.FileName,
                        ContentUrl = $"data:{file.ContentType};base64,{Convert.ToBase64String(Encoding.UTF8.GetBytes(file.Content))}",
                    },
                ];
                break;
        }

        return activity;
    }
}
