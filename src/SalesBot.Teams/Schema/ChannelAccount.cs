namespace SalesBot.Teams.Schema;

/// <summary>A user or bot on a channel.</summary>
/// <param name="AadObjectId">The Entra ID object id of a Teams user.</param>
public sealed record ChannelAccount(string? Id = null, string? Name = null, string? AadObjectId = null, string? Role = null);
