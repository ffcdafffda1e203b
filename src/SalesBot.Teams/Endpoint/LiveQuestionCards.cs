using System.Text.Json;
using SalesBot.Core.Channels;
using SalesBot.Core.Conversations;
using SalesBot.Teams.Cards;
using SalesBot.Teams.Schema;

namespace SalesBot.Teams.Endpoint;

/// <summary>
/// The question card each conversation has live (with buttons and inputs), kept in the store: shared by every instance
/// and kept over restarts. Only the current question is live: the next message in the conversation — a button, the card's
/// inputs, typed text or a command — settles it (it is updated to its answered form), and a question card sent after that
/// becomes the live one.
/// </summary>
internal sealed class LiveQuestionCards(ILiveQuestionStore store, TimeProvider time)
{
    /// <summary>The store's channel for Bot Framework conversations (Teams, the Emulator, Web Chat): their ids are the Bot Connector's.</summary>
    public const string Channel = "botframework";

    /// <summary>Notes the question cards among sent activities (the ids the Bot Connector gave them); the last one is live.</summary>
    public Task SentAsync(Owner owner, string conversationId, Reply reply, Activity sent, string? id, CancellationToken cancellationToken)
    {
        if (reply is not QuestionReply question || id is not { Length: > 0 } || sent.Attachments is not { Count: > 0 })
        {
            return Task.CompletedTask;
        }

        using var culture = Dialogs.Localization.BotCulture.Use(question.Language);
        var card = new LiveQuestionCard(id, question.Text, question.Progress is { } progress ? CardText.ProgressLine(progress) : null, question.Language);
        var body = JsonSerializer.Serialize(card, JsonSerializerOptions.Web);
        return store.SaveAsync(new LiveQuestion(owner, Channel, conversationId, id, body, time.GetUtcNow()), cancellationToken);
    }

    /// <summary>The live card of the conversation, which stops being live; of two takers at once only one gets it.</summary>
    public async Task<LiveQuestionCard?> TakeAsync(string conversationId, CancellationToken cancellationToken) =>
        await store.TakeAsync(Channel, conversationId, cancellationToken) is { } stored
            ? JsonSerializer.Deserialize<LiveQuestionCard>(stored.Body, JsonSerializerOptions.Web)
            : null;
}
