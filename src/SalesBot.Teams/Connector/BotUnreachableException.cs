using System.Net;

namespace SalesBot.Teams.Connector;

/// <summary>403 from the Bot Connector: the bot was removed from the conversation or blocked by the user.</summary>
public sealed class BotUnreachableException : BotConnectorException
{
    public BotUnreachableException(string message)
        : base(HttpStatusCode.Forbidden, message)
    {
    }
}
