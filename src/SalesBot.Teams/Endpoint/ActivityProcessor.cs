using System.Text.Json;
using Microsoft.Extensions.Logging;
using SalesBot.Core.Conversations;
using SalesBot.Dialogs.Conversation;
using SalesBot.Teams.Connector;
using SalesBot.Teams.Mapping;
using SalesBot.Teams.Proactive;
using SalesBot.Teams.Schema;

namespace SalesBot.Teams.Endpoint;

/// <summary>
/// What an authenticated activity means for SalesBot: a message runs a turn (in group chats and channels only when
/// the bot is mentioned); an install or a new member gets the welcome; an uninstall stops proactive messages.
/// Every activity refreshes the user's stored ConversationReference.
/// </summary>
internal sealed partial class ActivityProcessor(
    ConversationEngine engine,
    TeamsAddressBook addresses,
    IBotConnector connector,
    TimeProvider time,
    ILogger<ActivityProcessor> logger)
{
    /// <summary>How long a turn may run before the user sees the typing indicator.</summary>
    public static readonly TimeSpan TypingDelay = TimeSpan.FromSeconds(1);

    public async Task<IReadOnlyList<Reply>> ProcessAsync(Activity activity, bool canSendNow, CancellationToken cancellationToken)
    {
        var turn = TurnMapper.ToTurn(activity);
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await addresses.RememberAsync(turn.Owner, activity, cancellationToken);
                // In group chats and channels: typed messages count only when they mention the bot; card buttons always do.
                if (turn.IsSharedConversation && !IsCardSubmit(activity))
                {
                    if (!MentionText.MentionsBot(activity))
                    {
                        return [];
                    }

                    turn = turn with { Text = MentionText.StripBotMention(activity) };
                }

                return await RunTurnAsync(activity, turn, canSendNow, cancellationToken);
            case ActivityTypes.ConversationUpdate when activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true:
            case ActivityTypes.InstallationUpdate when activity.Action is null or "add" or "add-upgrade":
                if (activity.From?.Id is not null)
                {
                    await addresses.RememberAsync(turn.Owner, activity, cancellationToken);
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
    }
}
