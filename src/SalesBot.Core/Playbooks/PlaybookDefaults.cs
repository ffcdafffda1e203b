namespace SalesBot.Core.Playbooks;

/// <summary>Settings a user starts with until they set their own.</summary>
public sealed record PlaybookDefaults(decimal StartingPrice, string Currency);
