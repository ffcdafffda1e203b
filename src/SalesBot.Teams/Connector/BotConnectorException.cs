using System.Net;

namespace SalesBot.Teams.Connector;

/// <summary>The Bot Connector refused a call (after retries where retrying made sense).</summary>
public class BotConnectorException : Exception
{
    public BotConnectorException(HttpStatusCode status, string message)
        : base(message) => Status = status;

    public HttpStatusCode Status { get; }
}
