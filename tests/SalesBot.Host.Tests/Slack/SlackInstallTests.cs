using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using SalesBot.Testing;

namespace SalesBot.Host.Tests.Slack;

/// <summary>Multi-workspace installs: OAuth v2 with a browser-bound, time-limited state; tokens kept encrypted; uninstall removes them.</summary>
public sealed class SlackInstallTests : IAsyncLifetime, IDisposable
{
    private const string ClientSecret = "oauth-client-secret-9f8e7d";
    private const string OAuthToken = "xoxb-oauth-T9-secret-token";
    private static readonly CancellationToken Ct = CancellationToken.None;
    private SlackHost _host = null!;
    private HttpClient _browser = null!;

    public async Task InitializeAsync()
    {
        _host = await SlackHost.StartAsync(new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SlackHost.SigningSecret,
            ["Slack:ClientId"] = "1234.5678",
            ["Slack:ClientSecret"] = ClientSecret,
        });
        _host.Slack.OAuthAnswer = new JsonObject
        {
            ["ok"] = true, ["access_token"] = OAuthToken, ["token_type"] = "bot", ["scope"] = "chat:write,commands", ["bot_user_id"] = "UB9",
            ["app_id"] = "A0SALESBOT", ["team"] = new JsonObject { ["id"] = "T9", ["name"] = "Team Nine" }, ["enterprise"] = null,
            ["is_enterprise_install"] = false, ["authed_user"] = new JsonObject { ["id"] = "U9" },
        };
        _browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = _host.BaseAddress };
    }

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    public void Dispose() => _browser.Dispose();

    [Fact]
    public async Task Install_RedirectsToSlackWithState_ThenTheRedirectStoresTheEncryptedToken_AndEventsOfThatTeamUseIt()
    {
        var (state, cookie, redirectUri) = await StartInstallAsync();

        using var done = await RedirectAsync($"code=code-42&state={Uri.EscapeDataString(state)}", cookie);

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains("SalesBot is installed in Team Nine", await done.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var exchange = Assert.Single(_host.Slack.Of("oauth.v2.access"));
        Assert.Equal(("1234.5678", ClientSecret, "code-42", redirectUri), (exchange.Str("client_id"), exchange.Str("client_secret"), exchange.Str("code"), exchange.Str("redirect_uri")));
        var install = await _host.Channels.GetInstallAsync("slack", "T9", Ct);
        Assert.NotNull(install);
        Assert.Equal(("UB9", "U9"), (install.BotUserId, install.InstalledBy));
        Assert.DoesNotContain(OAuthToken, install.ProtectedToken, StringComparison.Ordinal);
        Assert.DoesNotContain("xoxb", install.ProtectedToken, StringComparison.Ordinal);

        var user = _host.User("T9");
        await user.DmAsync("deals");
        await _host.IdleAsync();
        var reply = Assert.Single(_host.Slack.Of("chat.postMessage"), p => p.Channel == user.Dm);
        Assert.Equal(OAuthToken, reply.Token);
        Assert.DoesNotContain(_host.Logs.Lines(), l => l.Contains(OAuthToken, StringComparison.Ordinal) || l.Contains(ClientSecret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TeamWithoutAnInstall_GetsNothingSent()
    {
        var stranger = _host.User("T8");

        using var response = await stranger.DmAsync("deals");
        await _host.IdleAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(_host.Slack.Calls, c => c.Channel == stranger.Dm);
        Assert.Contains(_host.Logs.Lines(), l => l.Contains("No Slack install for T8", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AppUninstalled_DeletesTheInstall_AndLaterEventsOfThatTeamSendNothing()
    {
        var (state, cookie, _) = await StartInstallAsync();
        (await RedirectAsync($"code=c&state={Uri.EscapeDataString(state)}", cookie)).Dispose();
        var user = _host.User("T9");
        Assert.NotNull(await _host.Channels.GetInstallAsync("slack", "T9", Ct));

        using var uninstalled = await user.EventAsync(user.Callback(new JsonObject { ["type"] = "app_uninstalled" }));
        await _host.IdleAsync();
        await user.DmAsync("deals");
        await _host.IdleAsync();

        Assert.Equal(HttpStatusCode.OK, uninstalled.StatusCode);
        Assert.Null(await _host.Channels.GetInstallAsync("slack", "T9", Ct));
        Assert.DoesNotContain(_host.Slack.Calls, c => c.Token == OAuthToken);
    }

    [Fact]
    public async Task RedirectFromAnotherBrowser_WithoutTheStateCookie_IsRefused_AndNothingIsInstalled()
    {
        var (state, _, _) = await StartInstallAsync();

        using var response = await RedirectAsync($"code=c&state={Uri.EscapeDataString(state)}", cookie: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_host.Slack.Of("oauth.v2.access"));
        Assert.Null(await _host.Channels.GetInstallAsync("slack", "T9", Ct));
    }

    [Fact]
    public async Task RedirectAfterTheStateExpired_IsRefused_AndNothingIsInstalled()
    {
        var (state, cookie, _) = await StartInstallAsync();
        _host.Clock.Advance(TimeSpan.FromMinutes(11));

        using var response = await RedirectAsync($"code=c&state={Uri.EscapeDataString(state)}", cookie);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_host.Slack.Of("oauth.v2.access"));
        Assert.Null(await _host.Channels.GetInstallAsync("slack", "T9", Ct));
    }

    [Fact]
    public async Task SlackRefusingTheCode_ShowsTheError_AndNothingIsInstalled()
    {
        _host.Slack.OAuthAnswer = new JsonObject { ["ok"] = false, ["error"] = "invalid_code" };
        var (state, cookie, _) = await StartInstallAsync();

        using var response = await RedirectAsync($"code=stale&state={Uri.EscapeDataString(state)}", cookie);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains("invalid_code", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await _host.Channels.GetInstallAsync("slack", "T9", Ct));
    }

    private async Task<(string State, string Cookie, string RedirectUri)> StartInstallAsync()
    {
        using var response = await _browser.GetAsync("api/slack/install");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(new Uri(_host.Slack.BaseUrl, "oauth/v2/authorize").ToString(), location.ToString(), StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("1234.5678", query["client_id"].ToString());
        Assert.Contains("chat:write", query["scope"].ToString(), StringComparison.Ordinal);
        var setCookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/api/slack", setCookie, StringComparison.OrdinalIgnoreCase);
        return (query["state"].ToString(), setCookie.Split(';')[0], query["redirect_uri"].ToString());
    }

    private async Task<HttpResponseMessage> RedirectAsync(string query, string? cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/slack/oauth_redirect?" + query);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return await _browser.SendAsync(request);
    }
}
