using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace SalesBot.Bench.Slack;

/// <summary>
/// Sends <c>/salesbot</c> slash commands as Slack does: a form-encoded POST to /api/slack/commands, signed with
/// <c>X-Slack-Request-Timestamp</c> and <c>X-Slack-Signature: v0=hex(HMAC-SHA256(secret, "v0:{ts}:{body}"))</c>,
/// over one shared HttpClient with a connection per sender; times each from send to the last byte of the acknowledgement.
/// </summary>
internal sealed class SlashCommandClient : IDisposable
{
    public const string TeamId = "TBENCH";

    private static readonly MediaTypeHeaderValue Form = new("application/x-www-form-urlencoded");

    private readonly HttpClient _http;
    private readonly Uri _commands;
    private readonly byte[] _secret;
    private readonly FakeSlackApi _slack;

    public SlashCommandClient(Uri salesBot, string signingSecret, FakeSlackApi slack, int connections)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = Math.Max(connections, 1),
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        _http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        _commands = new Uri(salesBot, "/api/slack/commands");
        _secret = Encoding.UTF8.GetBytes(signingSecret);
        _slack = slack;
    }

    /// <summary>Sends <c>/salesbot {text}</c> from <paramref name="userId"/> in their DM with the bot.</summary>
    public async Task<AckResult> SendAsync(string userId, string text, CancellationToken cancellationToken)
    {
        var body = Encoding.UTF8.GetBytes(Body(userId, text));
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, _commands) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = Form;
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", Sign(timestamp, body));
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await _http.SendAsync(request, cancellationToken);
            var answer = await response.Content.ReadAsStringAsync(cancellationToken);
            return new AckResult(response.StatusCode, answer, Stopwatch.GetElapsedTime(started), null);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new AckResult(0, "", Stopwatch.GetElapsedTime(started), ex.GetType().Name + ": " + ex.Message);
        }
    }

    public void Dispose() => _http.Dispose();

    private string Body(string userId, string text)
    {
        var fields = new (string Name, string Value)[]
        {
            ("token", "deprecated-verification-token"),
            ("team_id", TeamId),
            ("team_domain", "bench-sales"),
            ("channel_id", FakeSlackApi.DmOf(userId)),
            ("channel_name", "directmessage"),
            ("user_id", userId),
            ("user_name", userId.ToLowerInvariant()),
            ("command", "/salesbot"),
            ("text", text),
            ("api_app_id", "A0SALESBOT"),
            ("is_enterprise_install", "false"),
            ("response_url", _slack.ResponseUrl(userId).ToString()),
            ("trigger_id", $"{Stopwatch.GetTimestamp()}.{userId}.trigger"),
        };
        return string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Name)}={Uri.EscapeDataString(f.Value)}"));
    }

    private string Sign(string timestamp, byte[] body)
    {
        var prefix = Encoding.UTF8.GetBytes($"v0:{timestamp}:");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message, prefix.Length);
        return "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(_secret, message));
    }
}

/// <summary>One acknowledgement as the sender saw it. <paramref name="Status"/> 0 means no HTTP response.</summary>
internal sealed record AckResult(HttpStatusCode Status, string Body, TimeSpan Elapsed, string? Failure);
