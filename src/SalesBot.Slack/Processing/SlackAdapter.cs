using Microsoft.Extensions.Logging;
using SalesBot.Core.Conversations;
using SalesBot.Core.Storage;
using SalesBot.Dialogs.Conversation;
using SalesBot.Dialogs.Pipeline;
using SalesBot.Slack.BlockKit;
using SalesBot.Slack.Localization;
using SalesBot.Slack.WebApi;

namespace SalesBot.Slack.Processing;

/// <summary>
/// Slack (Events API, interactivity and slash commands, over HTTP or Socket Mode) as a channel of the turn pipeline.
/// The private chat is the user's DM with the bot: a command or mention elsewhere is coached there, and the user alone is
/// pointed to it (ephemerally, or in the command's acknowledgement). Replies are Block Kit messages posted with
/// chat.postMessage; the question message with buttons is updated with chat.update once answered. Slack shows no typing
/// indicator for bots. The turn is in the user's language: their <c>settings language</c>, else their Slack locale.
/// </summary>
internal sealed partial class SlackAdapter(
    DirectMessages dms,
    UserDirectory users,
    OpenQuestions questions,
    ReplyDelivery delivery,
    ResponseUrlBudget responseUrls,
    ISalesBotStore store,
    ISlackApi api,
    TimeProvider time,
    ILogger<SlackAdapter> logger) : IChannelAdapter<SlackTurnRequest>
{
    public async Task<Turn?> ToTurnAsync(SlackTurnRequest request, CancellationToken cancellationToken)
    {
        var job = request.Job;
        var dm = await DmAsync(request, cancellationToken);
        var (user, address) = await users.EnsureAsync(job.Tenant, job.UserId, dm, request.Token, cancellationToken);
        var elsewhere = job.OriginChannelId is { } origin && origin != dm ? origin : null;
        var owner = new Owner(job.Tenant.TenantId, job.UserId);
        // The language the user chose wins over Slack's locale from the start, so everything Slack shows of this turn
        // (the answered question's line, the pointer to the DM, a stale click's note) is written in the turn's language.
        var chosen = (await store.GetProfileAsync(owner, cancellationToken))?.Locale;
        var turn = new Turn
        {
            ChannelId = SlackChannel.Id,
            ConversationId = elsewhere ?? dm,
            IsSharedConversation = elsewhere is not null,
            Owner = owner,
            UserName = user.Name ?? job.UserName,
            Text = job.Text,
            Locale = user.Locale,
            TimeZone = user.TimeZone,
            DeliveryIds = job.DeliveryIds,
            Address = address,
        };
        return UserLanguage.Apply(turn, chosen);
    }

    public async Task<Turn?> OpenPrivateAsync(SlackTurnRequest request, Turn turn, CancellationToken cancellationToken) =>
        turn with { ConversationId = await DmAsync(request, cancellationToken) };

    /// <summary>The slash command or mention came from a channel or another DM: tell the user (only them) to look in the DM.</summary>
    public async Task PointToPrivateAsync(SlackTurnRequest request, Turn shared, bool reached, CancellationToken cancellationToken)
    {
        var job = request.Job;
        if (job.RedirectAcknowledged)
        {
            return;
        }

        var message = ReplyRenderer.Text(SlackNotes.InDm);
        try
        {
            if (job.ResponseUrl is { } url && responseUrls.TryUse(url))
            {
                await api.RespondAsync(url, EphemeralResponse.Of(message), cancellationToken);
            }
            else
            {
                await api.PostEphemeralAsync(request.Token, shared.ConversationId, job.UserId, message, cancellationToken);
            }
        }
        catch (SlackApiException ex)
        {
            Log.PointingFailed(logger, ex.Error);
        }
    }

    /// <summary>
    /// A click must answer the question that is open: a click on an older question message (or a second click on the same one)
    /// is refused with a note. Whatever the user does, the open question message shows the reply and loses its buttons.
    /// </summary>
    /// <summary>Every Slack turn may open the DM and updates the question message it answers before it runs.</summary>
    public bool ActsBeforeTurn(SlackTurnRequest request, Turn turn) => true;

    public async Task<Turn?> UpdateAnsweredAsync(SlackTurnRequest request, Turn turn, CancellationToken cancellationToken)
    {
        var job = request.Job;
        var open = await questions.GetAsync(turn.Owner, cancellationToken);
        if (job is { Source: TurnSource.AnswerButton, Clicked: { } clicked })
        {
            if (clicked.Channel != turn.ConversationId)
            {
                Log.StaleClick(logger, job.Tenant.TenantId, job.UserId);
                return null;
            }

            var current = open is null || open.Ts == clicked.Ts;
            if (!current || await store.IsDeliveredAsync(SlackChannel.Id, [AnswerDelivery(clicked)], time.GetUtcNow(), cancellationToken))
            {
                await StaleClickAsync(request, clicked, cancellationToken);
                return null;
            }

            await questions.TakeIfAsync(turn.Owner, clicked.Ts, cancellationToken);
            var answered = AnsweredQuestion.From(clicked.Blocks, clicked.Text, AnsweredQuestion.Chosen(job.Text));
            await TryUpdateAsync(request.Token, clicked.Channel, clicked.Ts, answered, cancellationToken);
            // One answer per question message: the first click's commit marks it, a later one (or a second instance) finds it.
            return turn with { DeliveryIds = [.. turn.DeliveryIds, AnswerDelivery(clicked)] };
        }

        if (open is not null && await questions.TakeAsync(turn.Owner, cancellationToken) is { } taken)
        {
            var line = job.Source is TurnSource.Button or TurnSource.Modal ? AnsweredQuestion.MovedOn : AnsweredQuestion.Replied(job.Text);
            var answered = AnsweredQuestion.From(taken.Message.Blocks, taken.Message.Text, line);
            await TryUpdateAsync(request.Token, taken.Channel, taken.Ts, answered, cancellationToken);
        }

        return turn;
    }

    public Task TypingAsync(SlackTurnRequest request, Turn turn, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>If Slack refuses the shared summary (the bot is not in the channel), only the user hears about it, in the DM.</summary>
    public async Task<string?> ShareAsync(SlackTurnRequest request, Turn turn, ShareReply share, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var message in ReplyRenderer.Render(share))
            {
                await api.PostMessageAsync(request.Token, share.ConversationId, message, cancellationToken);
            }

            return null;
        }
        catch (SlackApiException ex)
        {
            Log.ShareFailed(logger, ex.Error);
            return SlackNotes.ShareFailed(new UserText(share.Prospect).ToString(), ex.Error);
        }
    }

    public async Task<bool> SendAsync(SlackTurnRequest request, Turn turn, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        await delivery.DeliverAsync(request.Token, turn.Owner, turn.ConversationId, replies, cancellationToken);
        return true;
    }

    private async Task<string> DmAsync(SlackTurnRequest request, CancellationToken cancellationToken) =>
        request.Job.DmChannelId ?? await dms.OpenAsync(request.Job.Tenant, request.Job.UserId, request.Token, cancellationToken);

    private static string AnswerDelivery(ClickedMessage clicked) => $"answer:{clicked.Channel}:{clicked.Ts}";

    private async Task StaleClickAsync(SlackTurnRequest request, ClickedMessage clicked, CancellationToken cancellationToken)
    {
        Log.StaleClick(logger, request.Job.Tenant.TenantId, request.Job.UserId);
        var closed = AnsweredQuestion.From(clicked.Blocks, clicked.Text, AnsweredQuestion.Already);
        await TryUpdateAsync(request.Token, clicked.Channel, clicked.Ts, closed, cancellationToken);
        var note = ReplyRenderer.Text(SlackNotes.AlreadyAnswered);
        await api.PostEphemeralAsync(request.Token, clicked.Channel, request.Job.UserId, note, cancellationToken);
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

    private static partial class Log
    {
        [LoggerMessage(2, LogLevel.Information, "Stale answer click by {TenantId}/{UserId} refused")]
        public static partial void StaleClick(ILogger logger, string tenantId, string userId);

        [LoggerMessage(3, LogLevel.Warning, "Updating the answered question failed with {Error}")]
        public static partial void UpdateFailed(ILogger logger, string error);

        [LoggerMessage(4, LogLevel.Warning, "Pointing the user to the DM failed with {Error}")]
        public static partial void PointingFailed(ILogger logger, string error);

        [LoggerMessage(7, LogLevel.Warning, "Posting a shared deal summary to a channel failed with {Error}")]
        public static partial void ShareFailed(ILogger logger, string error);
    }
}
