namespace SalesBot.Teams;

/// <summary>Names of the HTTP clients the Teams channel uses (so tests can swap their handlers).</summary>
public static class TeamsHttpClients
{
    public const string Metadata = "SalesBot.Teams.Metadata";
    public const string Connector = "SalesBot.Teams.Connector";
    public const string Identity = "SalesBot.Teams.Identity";
}
