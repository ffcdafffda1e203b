using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using SalesBot.Teams.Auth;
using SalesBot.Teams.Schema;

namespace SalesBot.Teams.Tests.Auth;

public sealed class LocalModeAuthenticatorTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.53")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public async Task LocalMode_CallerOnLoopback_IsAllowed(string remote)
    {
        var outcome = await Local().AuthenticateRequestAsync(From(remote), Ct);

        Assert.True(outcome.Allowed);
    }

    [Theory]
    [InlineData("203.0.113.7")]
    [InlineData("10.0.0.5")]
    [InlineData("192.168.1.20")]
    [InlineData("2001:db8::1")]
    [InlineData("0.0.0.0")]
    public async Task LocalMode_CallerNotOnLoopback_IsRefusedWith401AndAReason(string remote)
    {
        var outcome = await Local().AuthenticateRequestAsync(From(remote), Ct);

        Assert.False(outcome.Allowed);
        Assert.Equal(StatusCodes.Status401Unauthorized, outcome.StatusCode);
        Assert.Contains("MicrosoftAppId", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LocalMode_CallerWithUnknownAddress_IsRefusedWith401()
    {
        var outcome = await Local().AuthenticateRequestAsync(new DefaultHttpContext(), Ct);

        Assert.False(outcome.Allowed);
        Assert.Equal(StatusCodes.Status401Unauthorized, outcome.StatusCode);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("203.0.113.7")]
    public async Task AppIdConfigured_EveryCallerIsRefusedWith401_EvenFromLoopback(string remote)
    {
        var authenticator = new LocalModeAuthenticator(Options.Create(new BotFrameworkOptions { MicrosoftAppId = "6b0f3c0e-1111-4222-8333-944445555666" }));

        var outcome = await authenticator.AuthenticateRequestAsync(From(remote), Ct);

        Assert.False(outcome.Allowed);
        Assert.Equal(StatusCodes.Status401Unauthorized, outcome.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Reason));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task BlankAppId_MeansLocalMode(string appId)
    {
        var authenticator = new LocalModeAuthenticator(Options.Create(new BotFrameworkOptions { MicrosoftAppId = appId }));

        Assert.True((await authenticator.AuthenticateRequestAsync(From("127.0.0.1"), Ct)).Allowed);
        Assert.False((await authenticator.AuthenticateRequestAsync(From("203.0.113.7"), Ct)).Allowed);
    }

    [Theory]
    [InlineData("http://localhost:3979/")]
    [InlineData("http://127.0.0.1:51234")]
    [InlineData("http://[::1]:5000/api/")]
    public async Task NormalDelivery_ToALoopbackServiceUrl_IsAllowed(string serviceUrl)
    {
        var outcome = await Local().AuthorizeActivityAsync(From("127.0.0.1"), Message(serviceUrl, deliveryMode: null), Ct);

        Assert.True(outcome.Allowed);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/teams/")]
    [InlineData("http://localhost.example.com:3979/")]
    [InlineData("http://127.0.0.1.nip.io/")]
    [InlineData("http://10.0.0.5:3979/")]
    [InlineData("not a url")]
    public async Task NormalDelivery_ToAServiceUrlOffThisMachine_IsRefusedWith403(string serviceUrl)
    {
        var outcome = await Local().AuthorizeActivityAsync(From("127.0.0.1"), Message(serviceUrl, deliveryMode: "normal"), Ct);

        Assert.False(outcome.Allowed);
        Assert.Equal(StatusCodes.Status403Forbidden, outcome.StatusCode);
        Assert.Contains("serviceUrl", outcome.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("expectReplies")]
    [InlineData("EXPECTREPLIES")]
    public async Task ExpectReplies_IsAllowedWhateverTheServiceUrl_BecauseNothingIsSentToIt(string deliveryMode)
    {
        var outcome = await Local().AuthorizeActivityAsync(From("127.0.0.1"), Message("https://smba.trafficmanager.net/teams/", deliveryMode), Ct);

        Assert.True(outcome.Allowed);
    }

    [Theory]
    [InlineData("http://127.0.0.1:3978", null)]
    [InlineData("http://localhost:3978", "same-origin")]
    [InlineData("http://[::1]:3978", null)]
    [InlineData(null, null)]
    [InlineData(null, "none")]
    public async Task LocalMode_TheChatPageItself_OrAClientThatIsNoPage_IsAllowed(string? origin, string? fetchSite)
    {
        var outcome = await Local().AuthenticateRequestAsync(From("127.0.0.1", origin, fetchSite), Ct);

        Assert.True(outcome.Allowed);
    }

    [Theory]
    [InlineData("http://evil.example", null)]
    [InlineData("http://evil.example:3978", null)]
    [InlineData("https://127.0.0.1:3978", null)]
    [InlineData("http://127.0.0.1:8080", null)]
    [InlineData("http://app.localhost:3978", null)]
    [InlineData("null", null)]
    [InlineData("http://127.0.0.1:3978", "cross-site")]
    [InlineData(null, "same-site")]
    public async Task LocalMode_APageOnAnotherOrigin_IsRefusedWith403(string? origin, string? fetchSite)
    {
        var outcome = await Local().AuthenticateRequestAsync(From("127.0.0.1", origin, fetchSite), Ct);

        Assert.False(outcome.Allowed);
        Assert.Equal(StatusCodes.Status403Forbidden, outcome.StatusCode);
        Assert.Contains("origin", outcome.Reason, StringComparison.Ordinal);
    }

    private static DefaultHttpContext From(string remote, string? origin, string? fetchSite)
    {
        var http = From(remote);
        http.Request.Scheme = "http";
        http.Request.Host = new HostString("evil.example:3978");
        http.Connection.LocalPort = 3978;
        if (origin is not null)
        {
            http.Request.Headers.Origin = origin;
        }

        if (fetchSite is not null)
        {
            http.Request.Headers["Sec-Fetch-Site"] = fetchSite;
        }

        return http;
    }

    private static LocalModeAuthenticator Local() => new(Options.Create(new BotFrameworkOptions()));

    private static DefaultHttpContext From(string remote)
    {
        var http = new DefaultHttpContext();
        http.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        return http;
    }

    private static Activity Message(string serviceUrl, string? deliveryMode) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "emulator",
        ServiceUrl = serviceUrl,
        DeliveryMode = deliveryMode,
        Conversation = new ConversationAccount { Id = "c1" },
        From = new ChannelAccount { Id = "u1" },
        Text = "hi",
    };
}
