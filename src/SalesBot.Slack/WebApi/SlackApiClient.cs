using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SalesBot.Slack.WebApi;

/// <summary>
/// The Web API transport: POST {ApiBaseUrl}{method} with a bearer token and a JSON or form body; ok:false becomes a
/// <see cref="SlackApiException"/> with Slack's error code. Retries (429 after its Retry-After, transient failures of
/// methods safe to repeat) come from the HttpClient's handlers (<see cref="SlackHttp"/>).
/// Tokens go only into the Authorization header and are never logged.
/// </summary>
internal sealed partial class SlackApiClient(
    IHttpClientFactory clients,
    IOptions<SlackOptions> options,
    ILogger<SlackApiClient> logger)
{
    public const string HttpClientName = "Slack";

    public Task<JsonElement> CallJsonAsync(string method, string token, JsonObject body, CancellationToken cancellationToken) =>
        CallAsync(method, token, () => new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"), cancellationToken);

    public Task<JsonElement> CallFormAsync(string method, string? token, IReadOnlyDictionary<string, string> form, CancellationToken cancellationToken) =>
        CallAsync(method, token, () => new FormUrlEncodedContent(form), cancellationToken);

    /// <summary>POSTs to a URL Slack handed out (a response_url, a file upload URL); only Slack's own hosts are allowed.</summary>
    public async Task<string> PostToUrlAsync(string what, Uri url, Func<HttpContent> content, CancellationToken cancellationToken)
    {
        if (!SlackUrls.IsTrusted(url, options.Value))
        {
            throw new SlackApiException(what, "untrusted_url");
        }

        using var response = await SendAsync(what, null, url, content, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            Log.HttpError(logger, what, (int)response.StatusCode);
            throw new SlackApiException(what, $"http_{(int)response.StatusCode}");
        }

        return text;
    }

    private async Task<JsonElement> CallAsync(string method, string? token, Func<HttpContent> content, CancellationToken cancellationToken)
    {
        var url = new Uri(options.Value.ApiBaseUrl, method);
        using var response = await SendAsync(method, token, url, content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            Log.HttpError(logger, method, (int)response.StatusCode);
            throw new SlackApiException(method, response.StatusCode == HttpStatusCode.TooManyRequests ? "ratelimited" : $"http_{(int)response.StatusCode}");
        }

        JsonElement root;
        try
        {
            root = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken)).RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new SlackApiException(method, "invalid_response");
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("ok", out var ok) || ok.ValueKind != JsonValueKind.True)
        {
            var error = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var e) ? e.GetString() ?? "unknown_error" : "unknown_error";
            var needed = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("needed", out var n) ? n.GetString() : null;
            Log.NotOk(logger, method, error);
            throw new SlackApiException(method, error, needed);
        }

        return root;
    }

    private async Task<HttpResponseMessage> SendAsync(string method, string? token, Uri url, Func<HttpContent> content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content() };
        request.Options.Set(SlackCall.Method, method);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await clients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Slack {Method} answered ok:false with {Error}")]
        public static partial void NotOk(ILogger logger, string method, string error);

        [LoggerMessage(2, LogLevel.Warning, "Slack {Method} answered HTTP {StatusCode}")]
        public static partial void HttpError(ILogger logger, string method, int statusCode);
    }
}
