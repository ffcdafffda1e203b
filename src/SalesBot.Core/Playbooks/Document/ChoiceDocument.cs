namespace SalesBot.Core.Playbooks.Document;

internal sealed record ChoiceDocument(string? Id, string? Title, double? Score);
