using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using SalesBot.Slack.BlockKit;
using SalesBot.Slack.WebApi;

namespace SalesBot.Slack.Tests;

/// <summary>An <see cref="ISlackApi"/> that records every call and answers like Slack would.</summary>
internal sealed class RecordingSlackApi : ISlackApi
{
    private readonly ConcurrentQueue<string> _calls = new();
    private int _ts;

    public IReadOnlyList<string> Calls => _calls.ToArray();

    public Task<PostedMessage> PostMessageAsync(string token, string channel, SlackMessage message, CancellationToken cancellationToken)
    {
        _calls.Enqueue($"chat.postMessage {channel} {message.Text}");
        return Task.FromResult(new PostedMessage(channel, $"1700000000.{Interlocked.Increment(ref _ts):D6}"));
    }

    public Task PostEphemeralAsync(string token, string channel, string user, SlackMessage message, CancellationToken cancellationToken) =>
        Record($"chat.postEphemeral {channel} {user} {message.Text}");

    public Task UpdateMessageAsync(string token, string channel, string ts, SlackMessage message, CancellationToken cancellationToken) =>
        Record($"chat.update {channel} {ts}");

    public Task<IReadOnlyList<System.Text.Json.JsonElement>> MetadataSinceAsync(
        string token, string channel, string eventType, DateTimeOffset oldest, CancellationToken cancellationToken)
    {
        _calls.Enqueue($"conversations.history {channel} {eventType}");
        return Task.FromResult<IReadOnlyList<System.Text.Json.JsonElement>>([]);
    }

    public Task<string> OpenDmAsync(string token, string userId, CancellationToken cancellationToken)
    {
        _calls.Enqueue($"conversations.open {userId}");
        return Task.FromResult("D" + userId);
    }

    public Task PublishHomeAsync(string token, string userId, JsonObject view, CancellationToken cancellationToken) => Record($"views.publish {userId}");

    public Task OpenViewAsync(string token, string triggerId, JsonObject view, CancellationToken cancellationToken) => Record($"views.open {triggerId}");

    public Task<SlackUserInfo> GetUserAsync(string token, string userId, CancellationToken cancellationToken)
    {
        _calls.Enqueue($"users.info {userId}");
        return Task.FromResult(new SlackUserInfo(userId, "Pat", "Europe/Warsaw", "en-US", false));
    }

    public Task UploadFilesAsync(string token, string channel, IReadOnlyList<SlackFile> files, string comment, CancellationToken cancellationToken) =>
        Record($"files.upload {channel} {files.Count}");

    public Task<OAuthAccess> ExchangeCodeAsync(string clientId, string clientSecret, string code, string? redirectUri, CancellationToken cancellationToken)
    {
        _calls.Enqueue($"oauth.v2.access {code}");
        return Task.FromResult(new OAuthAccess("xoxb-from-oauth", "UBOT", "T1", "Team One", null, false, "U1"));
    }

    public Task<Uri> OpenSocketAsync(string appToken, CancellationToken cancellationToken)
    {
        _calls.Enqueue("apps.connections.open");
        return Task.FromResult(new Uri("ws://127.0.0.1:1/"));
    }

    public Task RespondAsync(Uri responseUrl, JsonObject message, CancellationToken cancellationToken) => Record($"response_url {responseUrl}");

    private Task Record(string call)
    {
        _calls.Enqueue(call);
        return Task.CompletedTask;
    }
}
