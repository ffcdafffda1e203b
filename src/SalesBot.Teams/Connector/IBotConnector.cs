using SalesBot.Teams.Schema;

namespace SalesBot.Teams.Connector;

/// <summary>Sends activities to a channel through its Bot Connector service (the activity's serviceUrl).</summary>
public interface IBotConnector
{
    Task SendAsync(Activity activity, CancellationToken cancellationToken);
}
