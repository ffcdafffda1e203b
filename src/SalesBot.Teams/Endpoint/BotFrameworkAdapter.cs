using Microsoft.Extensions.Logging;
using SalesBot.Core.Conversations;
using SalesBot.Dialogs.Localization;
using SalesBot.Dialogs.Pipeline;
using SalesBot.Teams.Cards;
using SalesBot.Teams.Connector;
using SalesBot.Teams.Export;
using SalesBot.Teams.Localization;
using SalesBot.Teams.Mapping;
using SalesBot.Teams.Proactive;
using SalesBot.Teams.Schema;

namespace SalesBot.Teams.Endpoint;

/// <summary>
/// The Bot Framework Activity protocol as a channel of the turn pipeline: Teams, the Bot Framework Emulator and the
/// local web chat. In group chats and channels a typed message counts only when it mentions the bot (card buttons always
/// do); the private chat is the user's 1:1 conversation. Replies are Adaptive Cards (Teams) or markdown with suggested
/// actions, sent through the Bot Connector or, for deliveryMode "expectReplies", put in the response body. Files become
/// short-lived download links. The user's ConversationReference is refreshed in the turn's own commit.
/// </summary>
internal sealed partial class BotFrameworkAdapter(
    TurnPipeline pipeline,
    TeamsAddressBook addresses,
    PrivateChat privateChat,
    DownloadLinkRewriter downloads,
    IBotConnector connector,
    LiveQuestionCards liveCards,
    ILogger<BotFrameworkAdapter> logger) : IChannelAdapter<InboundActivity>
{
    /// <summary>What the shared conversation hears, in the current UI culture: the coaching went to the private chat, or could not.</summary>
    public static string PointerText(bool reached) => Strings.Get(reached ? "Private.Sent" : "Private.CannotReach");

    public async Task<Turn?> ToTurnAsync(InboundActivity inbound, CancellationToken cancellationToken)
    {
        var activity = inbound.Activity;
        var turn = ToTurn(activity);
        if (turn.IsSharedConversation && !IsCardSubmit(activity))
        {
            if (!MentionText.MentionsBot(activity))
            {
                // Not for the bot: no turn, nothing to dedupe; the user is remembered so they can be reached.
                await pipeline.MarkHandledAsync(
                    turn with { DeliveryIds = [], Address = await addresses.ChangedAsync(turn.Owner, activity, cancellationToken) },
                    cancellationToken);
                return null;
            }

            // In a shared conversation the address is read once the private chat is known (OpenPrivateAsync).
            return turn with { Text = MentionText.StripBotMention(activity) };
        }

        return turn with { Address = await addresses.ChangedAsync(turn.Owner, activity, cancellationToken) };
    }

    /// <summary>The channel-neutral turn of an activity; activity ids are unique within a conversation, so a delivery is known by both.</summary>
    public static Turn ToTurn(Activity activity)
    {
        var turn = TurnMapper.ToTurn(activity);
        return activity.Id is { Length: > 0 } id ? turn with { DeliveryIds = [$"{activity.Conversation!.Id}|{id}"] } : turn;
    }

    public async Task<Turn?> OpenPrivateAsync(InboundActivity inbound, Turn turn, CancellationToken cancellationToken)
    {
        try
        {
            var chat = await privateChat.OpenAsync(turn.Owner, inbound.Activity, cancellationToken);
            return turn with { ConversationId = chat, Address = await addresses.ChangedAsync(turn.Owner, inbound.Activity, cancellationToken) };
        }
        catch (BotConnectorException ex)
        {
            Log.PrivateChatRefused(logger, (int)ex.Status);
            return null;
        }
    }

    public Task PointToPrivateAsync(InboundActivity inbound, Turn shared, bool reached, CancellationToken cancellationToken) =>
        SendAsync(inbound, shared, [new TextReply(PointerText(reached)) { Language = BotCulture.Current }], cancellationToken);

    /// <summary>
    /// Only the current question card is live. A card answered with its button or inputs shows "✔ Answered: …"; the live
    /// card of the conversation, when the user typed instead (an answer or a command) shows "You replied: …", and when a
    /// button of another card ran, "Moved on". Either way it loses its buttons and inputs.
    /// </summary>
    /// <summary>A shared conversation opens the private chat; a reply that goes out now updates the answered card. With
    /// expectReplies in the sender's own conversation, nothing is sent before the turn runs.</summary>
    public bool ActsBeforeTurn(InboundActivity inbound, Turn turn) => turn.IsSharedConversation || inbound.SendsNow(turn.ConversationId);

    public async Task<Turn?> UpdateAnsweredAsync(InboundActivity inbound, Turn turn, CancellationToken cancellationToken)
    {
        if (!inbound.SendsNow(turn.ConversationId))
        {
            return turn;
        }

        var context = inbound.In(turn.ConversationId);
        var incoming = inbound.Activity;
        var live = await liveCards.TakeAsync(turn.ConversationId, cancellationToken);
        // The card says what happened to it in the language it was asked in (the user's setting may differ from the client's).
        using var culture = BotCulture.Use(live?.Language);
        var submit = IsCardSubmit(incoming);
        string? pressed = null;
        if (submit && incoming.Conversation?.Id == turn.ConversationId && incoming.ReplyToId is { Length: > 0 } cardId
            && CardSubmission.QuestionOf(incoming.Value) is { } question && turn.Text.Length > 0)
        {
            pressed = cardId;
            var progress = live?.ActivityId == cardId ? live.Progress : null;
            await TryUpdateAsync(AnsweredQuestionActivity.Create(context, cardId, question, progress, turn.Text, CardOutcome.Answered), cancellationToken);
        }

        if (live is not null && live.ActivityId != pressed)
        {
            var outcome = submit || turn.Text.Length == 0 ? CardOutcome.MovedOn : CardOutcome.Replied;
            await TryUpdateAsync(AnsweredQuestionActivity.Create(context, live.ActivityId, live.Question, live.Progress, turn.Text, outcome), cancellationToken);
        }

        return turn;
    }

    public async Task TypingAsync(InboundActivity inbound, Turn turn, CancellationToken cancellationToken)
    {
        if (!inbound.SendsNow(turn.ConversationId))
        {
            return;
        }

        try
        {
            await connector.SendAsync(ReplyMapper.ReplyTo(inbound.In(turn.ConversationId), ActivityTypes.Typing), cancellationToken);
        }
        catch (BotConnectorException ex)
        {
            Log.SideMessageFailed(logger, ActivityTypes.Typing, (int)ex.Status);
        }
    }

    public async Task<string?> ShareAsync(InboundActivity inbound, Turn turn, ShareReply share, CancellationToken cancellationToken)
    {
        var target = PrivateChat.InConversation(inbound.Activity, share.ConversationId);
        try
        {
            foreach (var post in ReplyMapper.ToActivities(target, [new TextReply(share.Text)]))
            {
                post.ReplyToId = null;
                await connector.SendAsync(post, cancellationToken);
            }

            return null;
        }
        catch (BotConnectorException ex)
        {
            Log.ShareRefused(logger, (int)ex.Status);
            return Strings.Format("Share.Failed", new UserText(share.Prospect).ToString(), (int)ex.Status);
        }
    }

    /// <summary>
    /// The turn is already committed: a failed delivery is logged (and, in the conversation the user wrote in, a 403
    /// recorded), not turned into a retry. A question card sent becomes the conversation's live card.
    /// </summary>
    public async Task<bool> SendAsync(InboundActivity inbound, Turn turn, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        replies = downloads.Rewrite(replies, turn.Owner, inbound.LinkBase);
        var activities = ReplyMapper.ToActivities(inbound.In(turn.ConversationId), replies);
        if (!inbound.SendsNow(turn.ConversationId))
        {
            inbound.ResponseBody.AddRange(activities);
            return true;
        }

        var incoming = inbound.Activity;
        var elsewhere = turn.ConversationId != incoming.Conversation!.Id;
        try
        {
            for (var i = 0; i < activities.Count; i++)
            {
                var id = await connector.SendAsync(activities[i], cancellationToken);
                await liveCards.SentAsync(turn.Owner, turn.ConversationId, replies[i], activities[i], id, cancellationToken);
            }

            return true;
        }
        catch (BotUnreachableException ex) when (!elsewhere)
        {
            await addresses.ForgetAsync(turn.Owner, incoming.ChannelId!, ex.Message, cancellationToken);
        }
        catch (BotConnectorException ex)
        {
            Log.DeliveryFailed(logger, (int)ex.Status, incoming.ChannelId);
        }
        catch (HttpRequestException ex)
        {
            Log.DeliveryFailed(logger, (int?)ex.StatusCode ?? 0, incoming.ChannelId);
        }

        return false;
    }

    private static bool IsCardSubmit(Activity activity) =>
        activity.Value is { } value && CardSubmission.TextOf(value) is not null;

    private async Task TryUpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            await connector.UpdateAsync(activity, cancellationToken);
        }
        catch (BotConnectorException ex)
        {
            Log.SideMessageFailed(logger, "update", (int)ex.Status);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Could not send the {Kind} activity to the Bot Connector ({Status})")]
        public static partial void SideMessageFailed(ILogger logger, string? kind, int status);

        [LoggerMessage(2, LogLevel.Warning, "Could not open the private chat of a user who wrote in a channel ({Status}); only a notice went to the channel")]
        public static partial void PrivateChatRefused(ILogger logger, int status);

        [LoggerMessage(3, LogLevel.Warning, "Posting a shared deal summary to a channel failed ({Status})")]
        public static partial void ShareRefused(ILogger logger, int status);

        [LoggerMessage(4, LogLevel.Error, "Replies to a {ChannelId} activity could not be delivered ({Status}); the turn itself was saved")]
        public static partial void DeliveryFailed(ILogger logger, int status, string? channelId);
    }
}
