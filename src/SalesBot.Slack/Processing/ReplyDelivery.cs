using System.Text;
using Microsoft.Extensions.Logging;
using SalesBot.Core.Conversations;
using SalesBot.Dialogs.Localization;
using SalesBot.Slack.BlockKit;
using SalesBot.Slack.Localization;
using SalesBot.Slack.WebApi;

namespace SalesBot.Slack.Processing;

/// <summary>
/// Posts a turn's replies to the user's DM in order with chat.postMessage; files (the export) are uploaded and shared
/// there. A question with buttons is remembered so that its answer can update it. (Shared summaries are posted by the
/// turn pipeline through <see cref="SlackAdapter.ShareAsync"/> before the replies come here.)
/// </summary>
internal sealed partial class ReplyDelivery(ISlackApi api, OpenQuestions questions, ILogger<ReplyDelivery> logger)
{
    public async Task DeliverAsync(string token, Owner owner, string channel, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        for (var i = 0; i < replies.Count; i++)
        {
            if (replies[i] is FileReply)
            {
                var files = replies.Skip(i).TakeWhile(r => r is FileReply).Cast<FileReply>().ToList();
                using var culture = BotCulture.Use(files[0].Language);
                await UploadAsync(token, channel, files, cancellationToken);
                i += files.Count - 1;
                continue;
            }

            foreach (var message in ReplyRenderer.Render(replies[i]))
            {
                var posted = await api.PostMessageAsync(token, channel, message, cancellationToken);
                if (message.Question)
                {
                    await questions.SetAsync(owner, new OpenQuestion(posted.Channel, posted.Ts, message), cancellationToken);
                }
            }
        }
    }

    private async Task UploadAsync(string token, string channel, IReadOnlyList<FileReply> files, CancellationToken cancellationToken)
    {
        var slackFiles = files.Select(f => new SlackFile(f.FileName, f.FileName, Encoding.UTF8.GetBytes(f.Content))).ToList();
        try
        {
            await api.UploadFilesAsync(token, channel, slackFiles, SlackNotes.ExportUploaded(files.Select(f => f.FileName)), cancellationToken);
        }
        catch (SlackApiException ex)
        {
            Log.UploadFailed(logger, ex.Error);
            foreach (var message in ReplyRenderer.Split(Fallback(files, ex)))
            {
                await api.PostMessageAsync(token, channel, message, cancellationToken);
            }
        }
    }

    /// <summary>When Slack refuses the upload: say why, and show small files inline.</summary>
    private static SlackMessage Fallback(IReadOnlyList<FileReply> files, SlackApiException error)
    {
        var text = SlackNotes.UploadFailed(error.Error, error.Needed);
        var blocks = new System.Text.Json.Nodes.JsonArray { Blocks.Section(text) };
        foreach (var file in files)
        {
            var body = Mrkdwn.Escape(file.Content);
            blocks.Add(body.Length <= BlockKitLimits.SectionText - 200
                ? Blocks.Section($"*{Mrkdwn.Escape(file.FileName)}*\n```{body}```")
                : Blocks.Section(SlackNotes.TooLongToShow(Mrkdwn.Escape(file.FileName), file.Content.Length)));
        }

        return new SlackMessage(text, blocks);
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Uploading the export to Slack failed with {Error}; told the user")]
        public static partial void UploadFailed(ILogger logger, string error);
    }
}
