using System.Buffers;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace SalesBot.Bench.Load;

/// <summary>
/// Posts Bot Framework message activities with deliveryMode "expectReplies" over one shared HttpClient
/// (SocketsHttpHandler, a connection per virtual user) and times each turn from send to the last byte of the reply.
/// </summary>
internal sealed class BotClient : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _http;

    public BotClient(int connections)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = Math.Max(connections, 1),
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        _http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task<TurnResult> SendAsync(Uri messages, string conversationId, string userId, string text, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(Body(conversationId, userId, text));
        content.Headers.ContentType = Json;
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await _http.PostAsync(messages, content, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started);
            return new TurnResult(response.StatusCode, body, elapsed, null);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new TurnResult(0, [], Stopwatch.GetElapsedTime(started), ex.GetType().Name + ": " + ex.Message);
        }
    }

    public void Dispose() => _http.Dispose();

    /// <summary>The activity a Web Chat client would send; the same bytes go to SalesBot and to the floor.</summary>
    public static byte[] Body(string conversationId, string userId, string text)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "message");
            json.WriteString("id", Guid.NewGuid().ToString("N"));
            json.WriteString("timestamp", DateTimeOffset.UtcNow);
            json.WriteString("channelId", "webchat");
            json.WriteString("deliveryMode", "expectReplies");
            json.WriteStartObject("from");
            json.WriteString("id", userId);
            json.WriteString("name", "Bench User");
            json.WriteEndObject();
            json.WriteStartObject("recipient");
            json.WriteString("id", "salesbot");
            json.WriteString("name", "SalesBot");
            json.WriteEndObject();
            json.WriteStartObject("conversation");
            json.WriteString("id", conversationId);
            json.WriteEndObject();
            json.WriteString("locale", "en-US");
            json.WriteString("textFormat", "plain");
            json.WriteString("text", text);
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}

/// <summary>One turn as the client saw it. <paramref name="Status"/> 0 means no HTTP response (connection error or timeout).</summary>
internal sealed record TurnResult(HttpStatusCode Status, byte[] Body, TimeSpan Elapsed, string? Failure);
