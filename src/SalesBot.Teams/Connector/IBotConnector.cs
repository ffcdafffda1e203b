using SalesBot.Teams.Schema;

namespace SalesBot.Teams.Connector;

/// <summary>The Bot Connector REST API at an activity's serviceUrl.</summary>
public interface IBotConnector
{
    /// <summary>Sends a message: a reply when <see cref="Activity.ReplyToId"/> is set, else a new message in the conversation. Returns the new activity id.</summary>
    Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Replaces an activity sent before (<see cref="Activity.Id"/>), e.g. a question card once it is answered.</summary>
    Task UpdateAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Creates (or finds) the 1:1 conversation between the bot and a user; returns its id.</summary>
    Task<string> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);
}
