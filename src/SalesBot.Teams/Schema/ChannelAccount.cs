namespace SalesBot.Teams.Schema;

/// <summary>A user or bot on a channel.</summary>
public sealed class ChannelAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    /// <summary>The Entra ID object id of a Teams user.</summary>
    public string? AadObjectId { get; set; }

    public string? Role { get; set; }
}
