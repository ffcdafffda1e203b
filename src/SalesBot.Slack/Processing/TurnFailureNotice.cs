using Microsoft.Extensions.Logging;
using SalesBot.Dialogs.Conversation;
using SalesBot.Dialogs.Localization;
using SalesBot.Slack.BlockKit;
using SalesBot.Slack.Installs;
using SalesBot.Slack.WebApi;

namespace SalesBot.Slack.Processing;

/// <summary>
/// Tells a user that their message failed on SalesBot's side (the store refused a write, anything unexpected): the
/// apology with the incident id, through the command's response_url when it still works, else in the user's DM.
/// Slack was acknowledged long before, so without this the user would hear nothing at all. It is written in the user's
/// language as an acknowledgement is (<see cref="AckLanguage"/>: what the store still reads, else English).
/// </summary>
internal sealed partial class TurnFailureNotice(
    SlackInstalls installs,
    DirectMessages dms,
    ResponseUrlBudget responseUrls,
    ISlackApi api,
    AckLanguage language,
    ILogger<TurnFailureNotice> logger)
{
    public async Task TellAsync(TurnJob job, string incident, CancellationToken cancellationToken)
    {
        SlackMessage message;
        using (BotCulture.Use(await language.OfAsync(job.Tenant, job.UserId, hint: null, cancellationToken)))
        {
            message = ReplyRenderer.Text(Incident.Apology(incident));
        }

        try
        {
            if (job.ResponseUrl is { } url && responseUrls.TryUse(url))
            {
                await api.RespondAsync(url, EphemeralResponse.Of(message), cancellationToken);
                return;
            }

            if (await installs.FindAsync(job.Tenant, cancellationToken) is not { } install)
            {
                Log.NoWayToTell(logger, incident);
                return;
            }

            var dm = job.DmChannelId ?? await dms.OpenAsync(job.Tenant, job.UserId, install.BotToken, cancellationToken);
            await api.PostMessageAsync(install.BotToken, dm, message, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.NoticeFailed(logger, ex, incident);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Could not tell the user about incident {Incident}")]
        public static partial void NoticeFailed(ILogger logger, Exception error, string incident);

        [LoggerMessage(2, LogLevel.Warning, "No way to tell the user about incident {Incident}: no response_url left and no install readable")]
        public static partial void NoWayToTell(ILogger logger, string incident);
    }
}
