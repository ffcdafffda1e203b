using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SalesBot.Slack.WebApi;

namespace SalesBot.Slack.Tests.WebApi;

/// <summary>A scripted Slack Web API behind an HttpMessageHandler: answers per method, and every request recorded.</summary>
internal sealed class StubSlackHttp : HttpMessageHandler, IHttpClientFactory
{
    private readonly ConcurrentQueue<StubRequest> _requests = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Func<HttpResponseMessage>>> _scripts = new();

    public IReadOnlyList<StubRequest> Requests => _requests.ToArray();

    /// <summary>The next call of the method gets this answer; unscripted calls get {"ok":true}.</summary>
    public StubSlackHttp Then(string method, Func<HttpResponseMessage> answer)
    {
        _scripts.GetOrAdd(method, _ => new()).Enqueue(answer);
        return this;
    }

    public StubSlackHttp ThenJson(string method, string json) =>
        Then(method, () => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") });

    public StubSlackHttp ThenRateLimited(string method, int retryAfterSeconds) => Then(method, () =>
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Content = new StringContent("") };
        response.Headers.TryAddWithoutValidation("Retry-After", retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return response;
    });

    /// <summary>A 429 whose Retry-After is a date rather than a number of seconds.</summary>
    public StubSlackHttp ThenRateLimitedUntil(string method, DateTimeOffset until) => Then(method, () =>
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Content = new StringContent("") };
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(until);
        return response;
    });

    /// <summary>The connection breaks before the answer is complete, as when Slack's side resets it mid-response.</summary>
    public StubSlackHttp ThenResponseEnded(string method) =>
        Then(method, () => throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."));

    public HttpClient CreateClient(string name) => new(this, disposeHandler: false);

    public SlackApi Api(SlackOptions? options = null, TimeProvider? time = null)
    {
        var slack = Options.Create(options ?? new SlackOptions { BotToken = "xoxb-test", SigningSecret = "s", ApiBaseUrl = new Uri("https://slack.test/api/") });
        // The Slack HttpClient as SalesBot registers it (resilience handler, rate gate), with this stub as the network.
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddSingleton(slack);
        services.AddSlackWebApi();
        services.ConfigureHttpClientDefaults(client => client.ConfigurePrimaryHttpMessageHandler(() => this));
        return new SlackApi(services.BuildServiceProvider().GetRequiredService<SlackApiClient>());
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var method = request.RequestUri!.AbsolutePath.Split('/')[^1];
        _requests.Enqueue(new StubRequest(method, request.RequestUri, request.Headers.Authorization?.ToString(), request.Content?.Headers.ContentType?.MediaType, body, DateTimeOffset.UtcNow));
        if (_scripts.TryGetValue(method, out var script) && script.TryDequeue(out var answer))
        {
            return answer();
        }

        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent("""{"ok":true,"channel":"D1","ts":"1700000000.000100"}""", Encoding.UTF8, "application/json"),
        };
    }
}

internal sealed record StubRequest(string Method, Uri Url, string? Authorization, string? ContentType, string Body, DateTimeOffset At);
