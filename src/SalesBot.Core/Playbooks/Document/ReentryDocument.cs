namespace SalesBot.Core.Playbooks.Document;

internal sealed record ReentryDocument(string? RepeatLikely, string? Months, int? DefaultMonths);
