using System.Net;
using Microsoft.Extensions.Time.Testing;
using SalesBot.Slack.BlockKit;
using SalesBot.Slack.WebApi;
using SalesBot.Testing;

namespace SalesBot.Slack.Tests.WebApi;

/// <summary>The Slack HttpClient's standard resilience handler: Retry-After on the injected clock, transient failures retried only where safe.</summary>
public sealed class SlackApiResilienceTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly SlackMessage Hello = ReplyRenderer.Text("Hello");

    [Fact]
    public async Task RetryAfterInSeconds_IsWaitedOutOnTheInjectedClock_NotSooner()
    {
        var clock = TestClock.Create();
        var http = new StubSlackHttp().ThenRateLimited("chat.postMessage", 30);

        var post = http.Api(time: clock).PostMessageAsync("xoxb-t", "D1", Hello, Ct);

        await AssertWaitsOnTheClockAsync(clock, http, post, TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task RetryAfterAsADate_IsReadAgainstTheInjectedClock()
    {
        var clock = TestClock.Create();
        var http = new StubSlackHttp().ThenRateLimitedUntil("chat.postMessage", clock.GetUtcNow().AddSeconds(20));

        var post = http.Api(time: clock).PostMessageAsync("xoxb-t", "D1", Hello, Ct);

        await AssertWaitsOnTheClockAsync(clock, http, post, TimeSpan.FromSeconds(20));
    }

    [Theory]
    [InlineData("users.info")]
    [InlineData("conversations.open")]
    public async Task ResponseEndedPrematurely_OnAMethodSafeToRepeat_IsRetriedAndSucceeds(string method)
    {
        var http = new StubSlackHttp().ThenResponseEnded(method).ThenJson(method, """{"ok":true,"user":{"id":"U1","name":"pat","tz":"Europe/Warsaw"},"channel":{"id":"D9"}}""");
        var api = http.Api();

        if (method == "users.info")
        {
            Assert.Equal("Europe/Warsaw", (await api.GetUserAsync("xoxb-t", "U1", Ct)).TimeZone);
        }
        else
        {
            Assert.Equal("D9", await api.OpenDmAsync("xoxb-t", "U1", Ct));
        }

        Assert.Equal([method, method], http.Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task ResponseEndedPrematurely_OnAPost_IsNotRetried_SoAMessageIsNeverPostedTwice()
    {
        var http = new StubSlackHttp().ThenResponseEnded("chat.postMessage");

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => http.Api().PostMessageAsync("xoxb-t", "D1", Hello, Ct));

        Assert.Equal(HttpRequestError.ResponseEnded, error.HttpRequestError);
        Assert.Equal(["chat.postMessage"], http.Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task ServerErrors_OnAMethodSafeToRepeat_AreRetriedAtMostTwice()
    {
        var http = new StubSlackHttp();
        for (var i = 0; i < 4; i++)
        {
            http.Then("views.publish", () => new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("") });
        }

        var error = await Assert.ThrowsAsync<SlackApiException>(() => http.Api().PublishHomeAsync("xoxb-t", "U1", HomeView.Build([], DateTimeOffset.UnixEpoch), Ct));

        Assert.Equal("http_502", error.Error);
        Assert.Equal(1 + SlackHttp.TransientRetries, http.Requests.Count);
    }

    /// <summary>The first call went out; the retry waits for <paramref name="wait"/> on the fake clock, and only then goes out.</summary>
    private static async Task AssertWaitsOnTheClockAsync(FakeTimeProvider clock, StubSlackHttp http, Task<PostedMessage> post, TimeSpan wait)
    {
        for (var tries = 0; http.Requests.Count == 0; tries++)
        {
            Assert.True(tries < 500, "the first call never went out");
            await Task.Delay(10);
        }

        await Task.Delay(200); // the 429 reaches the retry, which starts its wait on the clock
        clock.Advance(wait - TimeSpan.FromSeconds(1));
        await Task.Delay(200);
        Assert.Single(http.Requests);
        Assert.False(post.IsCompleted);

        clock.Advance(TimeSpan.FromSeconds(1));
        var posted = await post.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("1700000000.000100", posted.Ts);
        Assert.Equal(2, http.Requests.Count);
    }
}
