using System.Text.Json.Nodes;
using SalesBot.Core.Channels;
using SalesBot.Core.Conversations;
using SalesBot.Slack.BlockKit;

namespace SalesBot.Slack.Processing;

/// <summary>
/// The question message with buttons each user has open, kept in the store (shared by every instance, kept over
/// restarts). When the user answers (button or typed), that message is updated to show the answer and loses its buttons;
/// a click on any other question message is stale.
/// </summary>
internal sealed class OpenQuestions(ILiveQuestionStore store, TimeProvider time)
{
    public async Task<OpenQuestion?> GetAsync(Owner owner, CancellationToken cancellationToken) =>
        Read(await store.GetAsync(SlackChannel.Id, Key(owner), cancellationToken));

    public Task SetAsync(Owner owner, OpenQuestion question, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["channel"] = question.Channel,
            ["text"] = question.Message.Text,
            ["blocks"] = question.Message.Blocks.DeepClone(),
        };
        return store.SaveAsync(
            new LiveQuestion(owner, SlackChannel.Id, Key(owner), question.Ts, body.ToJsonString(), time.GetUtcNow()), cancellationToken);
    }

    /// <summary>The open question, which stops being open; of two takers at once only one gets it.</summary>
    public async Task<OpenQuestion?> TakeAsync(Owner owner, CancellationToken cancellationToken) =>
        Read(await store.TakeAsync(SlackChannel.Id, Key(owner), cancellationToken));

    /// <summary>Closes the open question if it is still the message <paramref name="ts"/>.</summary>
    public Task<bool> TakeIfAsync(Owner owner, string ts, CancellationToken cancellationToken) =>
        store.TakeIfAsync(SlackChannel.Id, Key(owner), ts, cancellationToken);

    private static string Key(Owner owner) => ConversationKey.OwnerPrefix(owner);

    private static OpenQuestion? Read(LiveQuestion? stored)
    {
        if (stored is null || JsonNode.Parse(stored.Body) is not JsonObject body
            || body["channel"]?.GetValue<string>() is not { } channel || body["blocks"] is not JsonArray blocks)
        {
            return null;
        }

        var message = new SlackMessage(body["text"]?.GetValue<string>() ?? "Question", (JsonArray)blocks.DeepClone(), Question: true);
        return new OpenQuestion(channel, stored.MessageId, message);
    }
}
