using System.Text.Json.Nodes;
using SalesBot.Slack.BlockKit;

namespace SalesBot.Slack.WebApi;

/// <summary>The Slack Web API methods SalesBot calls. Every message and view is checked against the Block Kit limits before it is sent.</summary>
internal interface ISlackApi
{
    Task<PostedMessage> PostMessageAsync(string token, string channel, SlackMessage message, CancellationToken cancellationToken);

    Task PostEphemeralAsync(string token, string channel, string user, SlackMessage message, CancellationToken cancellationToken);

    Task UpdateMessageAsync(string token, string channel, string ts, SlackMessage message, CancellationToken cancellationToken);

    /// <summary>conversations.history since <paramref name="oldest"/>: the metadata payloads of the messages posted with <paramref name="eventType"/>.</summary>
    Task<IReadOnlyList<System.Text.Json.JsonElement>> MetadataSinceAsync(
        string token, string channel, string eventType, DateTimeOffset oldest, CancellationToken cancellationToken);

    /// <summary>conversations.open: the DM channel between the bot and the user.</summary>
    Task<string> OpenDmAsync(string token, string userId, CancellationToken cancellationToken);

    Task PublishHomeAsync(string token, string userId, JsonObject view, CancellationToken cancellationToken);

    Task OpenViewAsync(string token, string triggerId, JsonObject view, CancellationToken cancellationToken);

    /// <summary>users.info with the locale.</summary>
    Task<SlackUserInfo> GetUserAsync(string token, string userId, CancellationToken cancellationToken);

    /// <summary>files.getUploadURLExternal, the upload, and files.completeUploadExternal sharing the files in the channel.</summary>
    Task UploadFilesAsync(string token, string channel, IReadOnlyList<SlackFile> files, string comment, CancellationToken cancellationToken);

    Task<OAuthAccess> ExchangeCodeAsync(string clientId, string clientSecret, string code, string? redirectUri, CancellationToken cancellationToken);

    /// <summary>apps.connections.open with the app-level token: a WebSocket URL for Socket Mode.</summary>
    Task<Uri> OpenSocketAsync(string appToken, CancellationToken cancellationToken);

    /// <summary>POSTs a message to a response_url.</summary>
    Task RespondAsync(Uri responseUrl, JsonObject message, CancellationToken cancellationToken);
}
