using System.Text.Json;
using Microsoft.Extensions.Logging;
using SalesBot.Core.Conversations;
using SalesBot.Dialogs.Conversation;
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
    TimeProvider time,
    ILogger<ActivityProcessor> logger)
{
    public const string SentPrivately = "I've sent you a private message.";
    public const string CannotReachPrivately =
        "I coach in private chats only, and I couldn't open one with you. Add SalesBot for yourself (Apps → SalesBot → Add), then try again here or in that chat.";

    /// <summary>How long a turn may run before the user sees the typing indicator.</summary>
    public static readonly TimeSpan TypingDelay = TimeSpan.FromSeconds(1);

    public async Task<IReadOnlyList<Reply>> ProcessAsync(Activity activity, bool canSendNow, Uri requestBase, CancellationToken cancellationToken)
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
                    return await RunPrivatelyAsync(activity, turn, requestBase, cancellationToken);
                }

                turn = turn with { Address = await addresses.ChangedAsync(turn.Owner, activity, cancellationToken) };
                var replies = await RunTurnAsync(activity, turn, canSendNow, cancellationToken);
                return await PostSharedAsync(activity, downloads.Rewrite(replies, turn.Owner, requestBase), cancellationToken);
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
    private async Task<IReadOnlyList<Reply>> RunPrivatelyAsync(Activity activity, Turn turn, Uri requestBase, CancellationToken cancellationToken)
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
        var replies = downloads.Rewrite(await engine.ProcessAsync(privateTurn, cancellationToken), turn.Owner, requestBase);
        if (replies.Count == 0)
        {
            // A retry of a turn already answered privately: nothing to post anywhere.
            return [];
        }

        var context = PrivateChat.In(activity, chat);
        replies = await PostSharedAsync(context, replies, cancellationToken);
        try
        {
            foreach (var reply in ReplyMapper.ToActivities(context, replies))
            {
                await connector.SendAsync(reply, cancellationToken);
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
        if (canSendNow && AnsweredCard(activity) is { } answered)
        {
            await TryUpdateAsync(answered, cancellationToken);
        }

        return replies;
    }

    private static bool IsCardSubmit(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("answer", out var answer) && answer.ValueKind == JsonValueKind.String;

    private static Activity Typing(Activity incoming) => ReplyMapper.ReplyTo(incoming, ActivityTypes.Typing);

    /// <summary>A pressed question card is replaced by one that shows the answer and has no buttons.</summary>
    private static Activity? AnsweredCard(Activity incoming)
    {
        if (incoming.ReplyToId is not { Length: > 0 } cardId
            || incoming.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("answer", out var answer) || answer.ValueKind != JsonValueKind.String
            || !value.TryGetProperty("question", out var question) || question.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        return AnsweredQuestionActivity.Create(incoming, cardId, question.GetString()!, answer.GetString()!);
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
