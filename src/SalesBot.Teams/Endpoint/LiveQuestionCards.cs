using System.Collections.Concurrent;
using SalesBot.Core.Conversations;
using SalesBot.Teams.Cards;
using SalesBot.Teams.Schema;

namespace SalesBot.Teams.Endpoint;

/// <summary>
/// The question card each conversation has live (with buttons and inputs). Only the current question is live: the next
/// message in the conversation — a button, the card's inputs, typed text or a command — settles it (it is updated to its
/// answered form), and a question card sent after that becomes the live one. Kept in memory, as the Slack adapter keeps its
/// open question: after a restart, or when the next turn lands on another instance, an old card keeps its buttons until pressed
/// (a press always updates the card that was pressed).
/// </summary>
internal sealed class LiveQuestionCards
{
    private const int MaxConversations = 100_000;

    private readonly ConcurrentDictionary<string, LiveQuestionCard> _live = new(StringComparer.Ordinal);

    /// <summary>Notes the question cards among sent activities (the ids the Bot Connector gave them); the last one is live.</summary>
    public void Sent(string conversationId, Reply reply, Activity sent, string? id)
    {
        if (reply is not QuestionReply question || id is not { Length: > 0 } || sent.Attachments is not { Count: > 0 })
        {
            return;
        }

        if (_live.Count > MaxConversations)
        {
            _live.Clear();
        }

        _live[conversationId] = new LiveQuestionCard(id, question.Text, question.Progress is { } progress ? CardText.ProgressLine(progress) : null);
    }

    /// <summary>The live card of the conversation, which stops being live.</summary>
    public LiveQuestionCard? Take(string conversationId) => _live.TryRemove(conversationId, out var card) ? card : null;
}
