using Microsoft.Extensions.Logging;
using SalesBot.Core.Conversations;
using SalesBot.Dialogs.Conversation;
using SalesBot.Teams.Cards;
using SalesBot.Teams.Connector;
using SalesBot.Teams.Export;
using SalesBot.Teams.Mapping;
using SalesBot.Teams.Proactive;
using SalesBot.Teams.Schema;

namespace SalesBot.Teams.Endpoint;

/// <summary>
/// What an authenticated activity means for SalesBot: a message runs a turn (in group chats and channels only when
/// the bot is mentioned, and then privately: the coaching goes to the user's 1:1 chat and the channel only sees a pointer);
/// an install or a new member gets the welcome; an uninstall stops proactive messages.
/// The user's stored ConversationReference is refreshed in the turn's own commit. Files become short-lived download links.
/// </summary>
internal sealed partial class ActivityProcessor(
    ConversationEngine engine,
    TeamsAddressBook addresses,
    PrivateChat privateChat,
    DownloadLinkRewriter downloads,
    IBotConnector connector,
    LiveQuestionCards liveCards,
    TimeProvider time,
    ILogger<ActivityProcessor> logger)
{
    public const string SentPrivately = "I've sent you a private message.";
    public const string CannotReachPrivately =
        "I coach in private chats only, and I couldn't open one with you. Add SalesBot for yourself (Apps → SalesBot → Add), then try again here or in that chat.";

    /// <summary>How long a turn may run before the user sees the typing indicator.</summary>
    public static readonly TimeSpan TypingDelay = TimeSpan.FromSeconds(1);

    public async Task<IReadOnlyList<Reply>> ProcessAsync(Activity activity, bool canSendNow, Uri? linkBase, CancellationToken cancellationToken)
    {
        var turn = TurnMapper.ToTurn(activity);
        if (activity.Id is { Length: > 0 } id)
        {
            // Activity ids are unique within a conversation, so a delivery is known by both.
            turn = turn with { DeliveryIds = [$"{activity.Conversation!.Id}|{id}"] };
        }

        switch (activity.Type)
        {
            case ActivityTypes.Message:
                // In group chats and channels: typed messages count only when they mention the bot; card buttons always do.
                if (turn.IsSharedConversation && !IsCardSubmit(activity))
                {
                    if (!MentionText.MentionsBot(activity))
                    {
                        // Not for the bot: no turn, nothing to dedupe; the user is remembered so they can be reached.
                        await engine.MarkHandledAsync(
                            turn with { DeliveryIds = [], Address = await addresses.ChangedAsync(turn.Owner, activity, cancellationToken) },
                            cancellationToken);
                        return [];
                    }

                    turn = turn with { Text = MentionText.StripBotMention(activity) };
                }

                if (turn.IsSharedConversation)
                {
                    return await RunPrivatelyAsync(activity, turn, linkBase, cancellationToken);
                }

                turn = turn with { Address = await addresses.ChangedAsync(turn.Owner, activity, cancellationToken) };
                var replies = await RunTurnAsync(activity, turn, canSendNow, cancellationToken);
                return await PostSharedAsync(activity, downloads.Rewrite(replies, turn.Owner, linkBase), cancellationToken);
            case ActivityTypes.ConversationUpdate when activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true:
            case ActivityTypes.InstallationUpdate when activity.Action is null or "add" or "add-upgrade":
                if (activity.From?.Id is not null)
                {
                    turn = turn with { Address = await addresses.ChangedAsync(turn.Owner, activity, cancellationToken) };
                }

                if (!await engine.MarkHandledAsync(turn, cancellationToken))
                {
                    return [];
                }

                // Teams announces an install with both activities: it is greeted once, on installationUpdate.
                var greet = activity.Type == ActivityTypes.InstallationUpdate || activity.ChannelId != ReplyMapper.TeamsChannel;
                return greet ? engine.Welcome() : [];
            case ActivityTypes.InstallationUpdate when activity.Action is "remove" or "remove-upgrade":
            case ActivityTypes.ConversationUpdate when activity.MembersRemoved?.Any(m => m.Id == activity.Recipient?.Id) == true:
                await addresses.ForgetAsync(turn.Owner, activity.ChannelId!, "The app was uninstalled or the bot removed.", cancellationToken);
                return [];
            default:
                return [];
        }
    }

    /// <summary>
    /// Used in a channel or group chat: the turn runs in the user's 1:1 chat and every reply goes there; the channel gets
    /// only a neutral pointer (and a summary the user explicitly shared). Nothing of the deal is echoed in the channel.
    /// </summary>
    private async Task<IReadOnlyList<Reply>> RunPrivatelyAsync(Activity activity, Turn turn, Uri? linkBase, CancellationToken cancellationToken)
    {
        string chat;
        try
        {
            chat = await privateChat.OpenAsync(turn.Owner, activity, cancellationToken);
        }
        catch (BotConnectorException ex)
        {
            Log.PrivateChatRefused(logger, (int)ex.Status);
            return [new TextReply(CannotReachPrivately)];
        }

        var privateTurn = turn with
        {
            ConversationId = chat,
            IsSharedConversation = false,
            OriginConversationId = activity.Conversation!.Id,
            Address = await addresses.ChangedAsync(turn.Owner, activity, cancellationToken),
        };
        var replies = downloads.Rewrite(await engine.ProcessAsync(privateTurn, cancellationToken), turn.Owner, linkBase);
        if (replies.Count == 0)
        {
            // A retry of a turn already answered privately: nothing to post anywhere.
            return [];
        }

        var context = PrivateChat.In(activity, chat);
        replies = await PostSharedAsync(context, replies, cancellationToken);
        try
        {
            await SettleLiveCardAsync(context, chat, activity, privateTurn.Text, cancellationToken);
            var activities = ReplyMapper.ToActivities(context, replies);
            for (var i = 0; i < activities.Count; i++)
            {
                await liveCards.SentAsync(turn.Owner, chat, replies[i], activities[i], await connector.SendAsync(activities[i], cancellationToken), cancellationToken);
            }
        }
        catch (BotConnectorException ex)
        {
            Log.PrivateChatRefused(logger, (int)ex.Status);
            return [new TextReply(CannotReachPrivately)];
        }

        return [new TextReply(SentPrivately)];
    }

    /// <summary>
    /// Posts each summary the user confirmed sharing into the conversation it was asked for (kept in their own dialog state
    /// from a verified activity); what is left goes back to where the user is. A refused post is reported to the user only.
    /// </summary>
    private async Task<IReadOnlyList<Reply>> PostSharedAsync(Activity incoming, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        if (!replies.Any(r => r is ShareReply))
        {
            return replies;
        }

        var rest = new List<Reply>();
        foreach (var reply in replies)
        {
            if (reply is not ShareReply share)
            {
                rest.Add(reply);
                continue;
            }

            var target = PrivateChat.InConversation(incoming, share.ConversationId);
            try
            {
                foreach (var post in ReplyMapper.ToActivities(target, [new TextReply(share.Text)]))
                {
                    post.ReplyToId = null;
                    await connector.SendAsync(post, cancellationToken);
                }

                rest.Add(new TextReply(share.Confirmation));
            }
            catch (BotConnectorException ex)
            {
                Log.ShareRefused(logger, (int)ex.Status);
                rest.Add(new TextReply($"I couldn't post the summary of {share.Prospect} in that channel (Teams answered {(int)ex.Status}). Nothing was shared."));
            }
        }

        return rest;
    }

    private async Task<IReadOnlyList<Reply>> RunTurnAsync(Activity activity, Turn turn, bool canSendNow, CancellationToken cancellationToken)
    {
        var work = engine.ProcessAsync(turn, cancellationToken);
        if (canSendNow)
        {
            var typing = Task.Delay(TypingDelay, time, cancellationToken);
            if (await Task.WhenAny(work, typing) == typing)
            {
                await TrySendAsync(Typing(activity), cancellationToken);
            }
        }

        var replies = await work;
        if (canSendNow)
        {
            await SettleLiveCardAsync(activity, activity.Conversation!.Id!, activity, turn.Text, cancellationToken);
        }

        return replies;
    }

    private static bool IsCardSubmit(Activity activity) =>
        activity.Value is { } value && CardSubmission.TextOf(value) is not null;

    private static Activity Typing(Activity incoming) => ReplyMapper.ReplyTo(incoming, ActivityTypes.Typing);

    /// <summary>
    /// Only the current question card is live. A card answered with its button or inputs shows "✔ Answered: …"; the live
    /// card of the conversation, when the user typed instead (an answer or a command) shows "You replied: …", and when a
    /// button of another card ran, "Moved on". Either way it loses its buttons and inputs.
    /// </summary>
    /// <param name="context">An activity of the conversation the cards are in (the user's 1:1 chat).</param>
    private async Task SettleLiveCardAsync(Activity context, string conversationId, Activity incoming, string text, CancellationToken cancellationToken)
    {
        var live = await liveCards.TakeAsync(conversationId, cancellationToken);
        var submit = IsCardSubmit(incoming);
        string? pressed = null;
        if (submit && incoming.Conversation?.Id == conversationId && incoming.ReplyToId is { Length: > 0 } cardId
            && CardSubmission.QuestionOf(incoming.Value) is { } question && text.Length > 0)
        {
            pressed = cardId;
            var progress = live?.ActivityId == cardId ? live.Progress : null;
            await TryUpdateAsync(AnsweredQuestionActivity.Create(context, cardId, question, progress, text, CardOutcome.Answered), cancellationToken);
        }

        if (live is not null && live.ActivityId != pressed)
        {
            var outcome = submit || text.Length == 0 ? CardOutcome.MovedOn : CardOutcome.Replied;
            await TryUpdateAsync(AnsweredQuestionActivity.Create(context, live.ActivityId, live.Question, live.Progress, text, outcome), cancellationToken);
        }
    }

    private async Task TrySendAsync(Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            await connector.SendAsync(activity, cancellationToken);
        }
        catch (BotConnectorException ex)
        {
            Log.SideMessageFailed(logger, activity.Type, (int)ex.Status);
        }
    }

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

        [LoggerMessage(2, LogLevel.Warning, "Could not open or write the private chat of a user who wrote in a channel ({Status}); only a notice went to the channel")]
        public static partial void PrivateChatRefused(ILogger logger, int status);

        [LoggerMessage(3, LogLevel.Warning, "Posting a shared deal summary to a channel failed ({Status})")]
        public static partial void ShareRefused(ILogger logger, int status);
    }
}
