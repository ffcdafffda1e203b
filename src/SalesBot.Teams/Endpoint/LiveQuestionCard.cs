namespace SalesBot.Teams.Endpoint;

/// <summary>The question card that is live in a conversation: its activity id, the question and its progress line.</summary>
internal sealed record LiveQuestionCard(string ActivityId, string Question, string? Progress);
