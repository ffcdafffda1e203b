namespace SalesBot.Teams.Schema;

/// <summary>What the Bot Connector answers to a send or a create: the new resource's id.</summary>
public sealed class ResourceResponse
{
    public string? Id { get; set; }
}
