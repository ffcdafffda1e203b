namespace SalesBot.Teams.Connector;

/// <summary>The bearer token the bot presents to the Bot Connector service; null in local mode.</summary>
public interface IBotTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
