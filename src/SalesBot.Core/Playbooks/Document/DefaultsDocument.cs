namespace SalesBot.Core.Playbooks.Document;

internal sealed record DefaultsDocument(decimal? StartingPrice, string? Currency);
