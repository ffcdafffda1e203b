namespace SalesBot.Teams.Schema;

/// <summary>A card or file sent with an activity.</summary>
public sealed record Attachment(string? ContentType = null, string? ContentUrl = null, object? Content = null, string? Name = null);
