using Microsoft.Extensions.Logging;
using SalesBot.Core.Channels;
using SalesBot.Core.Conversations;
using SalesBot.Core.Storage;
using SalesBot.Dialogs.Conversation;
using SalesBot.Dialogs.Pipeline;
using SalesBot.Slack.BlockKit;
using SalesBot.Slack.Installs;
using SalesBot.Slack.WebApi;

namespace SalesBot.Slack.Processing;

/// <summary>
/// Runs a turn in the user's DM with the bot: opens the DM, points the user there when they wrote elsewhere, updates the
/// answered question message, runs the conversation engine and posts the replies.
/// </summary>
internal sealed partial class TurnRunner(
    SlackInstalls installs,
    DirectMessages dms,
    UserDirectory users,
    OpenQuestions questions,
    TurnPipeline engine,
    ReplyDelivery delivery,
    ResponseUrlBudget responseUrls,
    IChannelStore channels,
    ISalesBotStore store,
    ISlackApi api,
    TimeProvider time,
    ILogger<TurnRunner> logger)
{
    public const string InDm = "I'll coach you in our direct messages, so your deals stay private. Open **SalesBot** under **Apps** in the sidebar.";

    public async Task RunAsync(TurnJob job, CancellationToken cancellationToken)
    {
        if (await installs.FindAsync(job.Tenant, cancellationToken) is not { } install)
        {
            Log.NoInstall(logger, job.Tenant.TenantId);
            return;
        }

        try
        {
            await RunAsync(job, install.BotToken, cancellationToken);
        }
        catch (SlackApiException ex) when (ex.IsUserUnreachable)
        {
            Log.Unreachable(logger, job.Tenant.TenantId, job.UserId, ex.Method, ex.Error);
            if (ex.IsTokenGone)
            {
                installs.Forget(job.Tenant);
            }

            users.Forget(job.Tenant, job.UserId);
            await channels.MarkUnreachableAsync(new Owner(job.Tenant.TenantId, job.UserId), SlackChannel.Id, ex.Error, time.GetUtcNow(), cancellationToken);
        }
    }

    private async Task RunAsync(TurnJob job, string token, CancellationToken cancellationToken)
    {
        // A retry (or replay) whose first run committed: skip before anything is posted. The commit decides for certain.
        if (await HandledBeforeAsync(job.DeliveryIds, cancellationToken))
        {
            Log.Duplicate(logger, job.Tenant.TenantId);
            return;
        }

        var dm = job.DmChannelId ?? await dms.OpenAsync(job.Tenant, job.UserId, token, cancellationToken);
        if (job.OriginChannelId is { } origin && origin != dm && !job.RedirectAcknowledged)
        {
            await PointToDmAsync(job, token, origin, cancellationToken);
        }

        var owner = new Owner(job.Tenant.TenantId, job.UserId);
        var deliveries = job.DeliveryIds;
        if (job is { Source: TurnSource.AnswerButton, Clicked: { } click })
        {
            // One answer per question message: the first click's commit marks it, a later one (or a second instance) finds it.
            deliveries = [.. deliveries, $"answer:{click.Channel}:{click.Ts}"];
        }

        if (!await SettleOpenQuestionAsync(job, owner, dm, token, cancellationToken))
        {
            return;
        }

        var (user, address) = await users.EnsureAsync(job.Tenant, job.UserId, dm, token, cancellationToken);
        var turn = new Turn
        {
            ChannelId = SlackChannel.Id,
            ConversationId = dm,
            Owner = owner,
            UserName = user.Name ?? job.UserName,
            Text = job.Text,
            Locale = user.Locale,
            OriginConversationId = job.OriginChannelId is { } asked && asked != dm ? asked : null,
            TimeZone = user.TimeZone,
            DeliveryIds = deliveries,
            Address = address,
        };
        var replies = await engine.ProcessAsync(turn, cancellationToken);
        await delivery.DeliverAsync(token, owner, dm, replies, cancellationToken);
    }

    /// <summary>
    /// A click must answer the question that is open: a click on an older question message (or a second click on the same one)
    /// is refused with a note. Whatever the user does, the open question message shows the reply and loses its buttons.
    /// </summary>
    private async Task<bool> SettleOpenQuestionAsync(TurnJob job, Owner owner, string dm, string token, CancellationToken cancellationToken)
    {
        var open = await questions.GetAsync(owner, cancellationToken);
        if (job is { Source: TurnSource.AnswerButton, Clicked: { } clicked })
        {
            if (clicked.Channel != dm)
            {
                Log.StaleClick(logger, job.Tenant.TenantId, job.UserId);
                return false;
            }

            var current = open is null || open.Ts == clicked.Ts;
            var answeredBefore = await HandledBeforeAsync([$"answer:{clicked.Channel}:{clicked.Ts}"], cancellationToken);
            if (!current || answeredBefore)
            {
                await StaleClickAsync(job, clicked, token, cancellationToken);
                return false;
            }

            await questions.TakeIfAsync(owner, clicked.Ts, cancellationToken);
            var answered = AnsweredQuestion.From(clicked.Blocks, clicked.Text, AnsweredQuestion.Chosen(job.Text));
            await TryUpdateAsync(token, clicked.Channel, clicked.Ts, answered, cancellationToken);
            return true;
        }

        if (open is not null && await questions.TakeAsync(owner, cancellationToken) is { } taken)
        {
            var line = job.Source is TurnSource.Button or TurnSource.Modal ? AnsweredQuestion.MovedOn : AnsweredQuestion.Replied(job.Text);
            var answered = AnsweredQuestion.From(taken.Message.Blocks, taken.Message.Text, line);
            await TryUpdateAsync(token, taken.Channel, taken.Ts, answered, cancellationToken);
        }

        return true;
    }

    private async Task<bool> HandledBeforeAsync(IReadOnlyList<string> deliveryIds, CancellationToken cancellationToken)
    {
        foreach (var id in deliveryIds)
        {
            if (await store.IsDeliveredAsync(SlackChannel.Id, id, time.GetUtcNow(), cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    private async Task StaleClickAsync(TurnJob job, ClickedMessage clicked, string token, CancellationToken cancellationToken)
    {
        Log.StaleClick(logger, job.Tenant.TenantId, job.UserId);
        var closed = AnsweredQuestion.From(clicked.Blocks, clicked.Text, ":no_entry_sign: This question was already answered.");
        await TryUpdateAsync(token, clicked.Channel, clicked.Ts, closed, cancellationToken);
        var note = ReplyRenderer.Text("That question was already answered. Answer the latest question below, or say `status` to see where you are.");
        await api.PostEphemeralAsync(token, clicked.Channel, job.UserId, note, cancellationToken);
    }

    private async Task TryUpdateAsync(string token, string channel, string ts, SlackMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await api.UpdateMessageAsync(token, channel, ts, message, cancellationToken);
        }
        catch (SlackApiException ex)
        {
            Log.UpdateFailed(logger, ex.Error);
        }
    }

    /// <summary>The slash command or mention came from a channel or another DM: tell the user (only them) to look in the DM.</summary>
    private async Task PointToDmAsync(TurnJob job, string token, string origin, CancellationToken cancellationToken)
    {
        var message = ReplyRenderer.Text(InDm);
        try
        {
            if (job.ResponseUrl is { } url && responseUrls.TryUse(url))
            {
                await api.RespondAsync(url, EphemeralResponse.Of(message), cancellationToken);
            }
            else
            {
                await api.PostEphemeralAsync(token, origin, job.UserId, message, cancellationToken);
            }
        }
        catch (SlackApiException ex)
        {
            Log.PointingFailed(logger, ex.Error);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "No Slack install for {TenantId}; the request is dropped (install SalesBot in that workspace)")]
        public static partial void NoInstall(ILogger logger, string tenantId);

        [LoggerMessage(2, LogLevel.Information, "Stale answer click by {TenantId}/{UserId} refused")]
        public static partial void StaleClick(ILogger logger, string tenantId, string userId);

        [LoggerMessage(3, LogLevel.Warning, "Updating the answered question failed with {Error}")]
        public static partial void UpdateFailed(ILogger logger, string error);

        [LoggerMessage(4, LogLevel.Warning, "Pointing the user to the DM failed with {Error}")]
        public static partial void PointingFailed(ILogger logger, string error);

        [LoggerMessage(6, LogLevel.Information, "Slack turn of {TenantId} was handled before (a retry or replay); skipped")]
        public static partial void Duplicate(ILogger logger, string tenantId);

        [LoggerMessage(5, LogLevel.Warning, "Slack user {TenantId}/{UserId} cannot be reached ({Method}: {Error}); marked unreachable")]
        public static partial void Unreachable(ILogger logger, string tenantId, string userId, string method, string error);
    }
}
