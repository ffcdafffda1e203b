namespace SalesBot.Core.Playbooks.Document;

internal sealed record FeedbackDocument(string? Step, int? AfterDays);
