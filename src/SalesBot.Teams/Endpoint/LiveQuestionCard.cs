namespace SalesBot.Teams.Endpoint;

/// <summary>The question card that is live in a conversation: its activity id, the question, its progress line and the language it is written in.</summary>
internal sealed record LiveQuestionCard(string ActivityId, string Question, string? Progress, string? Language = null);
