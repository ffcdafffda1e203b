using System.Text.Json;
using System.Text.Json.Nodes;
using SalesBot.Slack.BlockKit;

namespace SalesBot.Slack.WebApi;

/// <summary>The typed Web API methods over <see cref="SlackApiClient"/>.</summary>
internal sealed class SlackApi(SlackApiClient client) : ISlackApi
{
    public async Task<PostedMessage> PostMessageAsync(string token, string channel, SlackMessage message, CancellationToken cancellationToken)
    {
        var body = Body(message);
        body["channel"] = channel;
        var result = await client.CallJsonAsync("chat.postMessage", token, body, cancellationToken);
        return new PostedMessage(result.GetProperty("channel").GetString()!, result.GetProperty("ts").GetString()!);
    }

    public async Task PostEphemeralAsync(string token, string channel, string user, SlackMessage message, CancellationToken cancellationToken)
    {
        var body = Body(message);
        body["channel"] = channel;
        body["user"] = user;
        await client.CallJsonAsync("chat.postEphemeral", token, body, cancellationToken);
    }

    public async Task UpdateMessageAsync(string token, string channel, string ts, SlackMessage message, CancellationToken cancellationToken)
    {
        var body = Body(message);
        body["channel"] = channel;
        body["ts"] = ts;
        await client.CallJsonAsync("chat.update", token, body, cancellationToken);
    }

    public async Task<IReadOnlyList<JsonElement>> MetadataSinceAsync(
        string token, string channel, string eventType, DateTimeOffset oldest, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["channel"] = channel,
            ["oldest"] = (oldest.ToUnixTimeMilliseconds() / 1000m).ToString("0.000000", System.Globalization.CultureInfo.InvariantCulture),
            ["include_all_metadata"] = true,
            ["limit"] = 200,
        };
        var result = await client.CallJsonAsync("conversations.history", token, body, cancellationToken);
        var found = new List<JsonElement>();
        if (result.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Array)
        {
            foreach (var message in messages.EnumerateArray())
            {
                if (message.TryGetProperty("metadata", out var metadata) && Text(metadata, "event_type") == eventType
                    && metadata.TryGetProperty("event_payload", out var payload))
                {
                    found.Add(payload.Clone());
                }
            }
        }

        return found;
    }

    public async Task<string> OpenDmAsync(string token, string userId, CancellationToken cancellationToken)
    {
        var result = await client.CallJsonAsync("conversations.open", token, new JsonObject { ["users"] = userId }, cancellationToken);
        return result.GetProperty("channel").GetProperty("id").GetString()!;
    }

    public async Task PublishHomeAsync(string token, string userId, JsonObject view, CancellationToken cancellationToken)
    {
        BlockKitLimits.EnsureValid(null, view["blocks"]!.AsArray(), BlockKitLimits.ViewBlocks);
        await client.CallJsonAsync("views.publish", token, new JsonObject { ["user_id"] = userId, ["view"] = view.DeepClone() }, cancellationToken);
    }

    public async Task OpenViewAsync(string token, string triggerId, JsonObject view, CancellationToken cancellationToken)
    {
        BlockKitLimits.EnsureValid(null, view["blocks"]!.AsArray(), BlockKitLimits.ViewBlocks);
        await client.CallJsonAsync("views.open", token, new JsonObject { ["trigger_id"] = triggerId, ["view"] = view.DeepClone() }, cancellationToken);
    }

    public async Task<SlackUserInfo> GetUserAsync(string token, string userId, CancellationToken cancellationToken)
    {
        var form = new Dictionary<string, string> { ["user"] = userId, ["include_locale"] = "true" };
        var user = (await client.CallFormAsync("users.info", token, form, cancellationToken)).GetProperty("user");
        var profile = user.TryGetProperty("profile", out var p) ? p : default;
        var name = Text(profile, "display_name") ?? Text(user, "real_name") ?? Text(profile, "real_name") ?? Text(user, "name");
        return new SlackUserInfo(
            userId, name, Text(user, "tz"), Text(user, "locale"),
            user.TryGetProperty("is_bot", out var bot) && bot.ValueKind == JsonValueKind.True);
    }

    public async Task UploadFilesAsync(string token, string channel, IReadOnlyList<SlackFile> files, string comment, CancellationToken cancellationToken)
    {
        var uploaded = new JsonArray();
        foreach (var file in files)
        {
            var form = new Dictionary<string, string> { ["filename"] = file.FileName, ["length"] = file.Content.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            var ticket = await client.CallFormAsync("files.getUploadURLExternal", token, form, cancellationToken);
            var url = new Uri(ticket.GetProperty("upload_url").GetString()!);
            await client.PostToUrlAsync("file upload", url, () => new ByteArrayContent(file.Content), cancellationToken);
            uploaded.Add(new JsonObject { ["id"] = ticket.GetProperty("file_id").GetString(), ["title"] = file.Title });
        }

        var complete = new Dictionary<string, string>
        {
            ["files"] = uploaded.ToJsonString(),
            ["channel_id"] = channel,
            ["initial_comment"] = comment,
        };
        await client.CallFormAsync("files.completeUploadExternal", token, complete, cancellationToken);
    }

    public async Task<OAuthAccess> ExchangeCodeAsync(string clientId, string clientSecret, string code, string? redirectUri, CancellationToken cancellationToken)
    {
        var form = new Dictionary<string, string> { ["client_id"] = clientId, ["client_secret"] = clientSecret, ["code"] = code };
        if (redirectUri is not null)
        {
            form["redirect_uri"] = redirectUri;
        }

        var result = await client.CallFormAsync("oauth.v2.access", null, form, cancellationToken);
        if (Text(result, "token_type") is { } type && type != "bot")
        {
            throw new SlackApiException("oauth.v2.access", "not_a_bot_token");
        }

        var team = result.TryGetProperty("team", out var t) ? t : default;
        var enterprise = result.TryGetProperty("enterprise", out var e) ? e : default;
        var authed = result.TryGetProperty("authed_user", out var a) ? a : default;
        return new OAuthAccess(
            Text(result, "access_token") ?? throw new SlackApiException("oauth.v2.access", "no_access_token"),
            Text(result, "bot_user_id"),
            Text(team, "id"),
            Text(team, "name"),
            Text(enterprise, "id"),
            result.TryGetProperty("is_enterprise_install", out var org) && org.ValueKind == JsonValueKind.True,
            Text(authed, "id"));
    }

    public async Task<Uri> OpenSocketAsync(string appToken, CancellationToken cancellationToken)
    {
        var result = await client.CallFormAsync("apps.connections.open", appToken, new Dictionary<string, string>(), cancellationToken);
        return new Uri(result.GetProperty("url").GetString()!);
    }

    public async Task RespondAsync(Uri responseUrl, JsonObject message, CancellationToken cancellationToken)
    {
        var answer = await client.PostToUrlAsync(
            "response_url", responseUrl, () => new StringContent(message.ToJsonString(), System.Text.Encoding.UTF8, "application/json"), cancellationToken);
        if (!answer.TrimStart().StartsWith('{'))
        {
            return;
        }

        string? error;
        try
        {
            using var json = JsonDocument.Parse(answer);
            error = json.RootElement.TryGetProperty("ok", out var ok) && ok.ValueKind == JsonValueKind.False
                ? Text(json.RootElement, "error") ?? "unknown_error"
                : null;
        }
        catch (JsonException)
        {
            error = null;
        }

        if (error is not null)
        {
            throw new SlackApiException("response_url", error);
        }
    }

    /// <summary>text + blocks, after checking the limits.</summary>
    private static JsonObject Body(SlackMessage message)
    {
        BlockKitLimits.EnsureValid(message.Text, message.Blocks, BlockKitLimits.MessageBlocks);
        var body = new JsonObject { ["text"] = message.Text, ["blocks"] = message.Blocks.DeepClone() };
        if (message.Metadata is { } metadata)
        {
            body["metadata"] = metadata.DeepClone();
        }

        return body;
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && value.GetString() is { Length: > 0 } text
            ? text
            : null;
}
