namespace SalesBot.Core.Channels;

/// <summary>
/// The live question of each conversation, shared by every instance and kept over restarts. "forget me" deletes the
/// owner's live questions with the rest of their data.
/// </summary>
public interface ILiveQuestionStore
{
    /// <summary>Makes the question the live one of its conversation (replacing any other).</summary>
    Task SaveAsync(LiveQuestion question, CancellationToken cancellationToken);

    Task<LiveQuestion?> GetAsync(string channelId, string conversationId, CancellationToken cancellationToken);

    /// <summary>Removes and returns the live question: of two takers at once, only one gets it.</summary>
    Task<LiveQuestion?> TakeAsync(string channelId, string conversationId, CancellationToken cancellationToken);

    /// <summary>Removes the live question only if it is still the message named; returns whether it did.</summary>
    Task<bool> TakeIfAsync(string channelId, string conversationId, string messageId, CancellationToken cancellationToken);
}
