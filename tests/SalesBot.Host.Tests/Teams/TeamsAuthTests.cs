using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Core.Channels;

namespace SalesBot.Host.Tests.Teams;

/// <summary>Every way an inbound request can fail Bot Framework authentication: refused, and nothing processed, stored or sent.</summary>
public sealed class TeamsAuthTests : IAsyncLifetime
{
    private FakeMicrosoftCloud _cloud = null!;
    private SalesBotServer _server = null!;

    public async Task InitializeAsync()
    {
        _cloud = await FakeMicrosoftCloud.StartAsync();
        _server = TeamsServer.Start(_cloud);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _cloud.DisposeAsync();
    }

    public static TheoryData<string, HttpStatusCode> Cases => new()
    {
        { "no Authorization header", HttpStatusCode.Unauthorized },
        { "wrong scheme", HttpStatusCode.Unauthorized },
        { "not a JWT", HttpStatusCode.Unauthorized },
        { "bad signature", HttpStatusCode.Unauthorized },
        { "unknown key id", HttpStatusCode.Unauthorized },
        { "expired", HttpStatusCode.Unauthorized },
        { "not yet valid", HttpStatusCode.Unauthorized },
        { "wrong issuer", HttpStatusCode.Unauthorized },
        { "wrong audience", HttpStatusCode.Unauthorized },
        { "key not endorsed for the channel", HttpStatusCode.Forbidden },
        { "serviceurl claim mismatch", HttpStatusCode.Forbidden },
        { "serviceurl claim missing", HttpStatusCode.Forbidden },
        { "serviceUrl host not allow-listed", HttpStatusCode.Forbidden },
        { "metadata unreachable", HttpStatusCode.Unauthorized },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task BadToken_IsRefusedBeforeAnyProcessing_AndNothingIsStoredOrSent(string failure, HttpStatusCode expected)
    {
        var user = new TeamsUser(_server, _cloud);
        var now = _server.Clock.GetUtcNow();
        var activity = user.Message("qualify Acme");
        string? authorization = failure switch
        {
            "no Authorization header" => "",
            "wrong scheme" => "Basic " + Convert.ToBase64String("bot:secret"u8.ToArray()),
            "not a JWT" => "Bearer not-a-jwt",
            "bad signature" => "Bearer " + TestTokens.Tamper(user.ValidToken()),
            "unknown key id" => "Bearer " + TestTokens.Create(_cloud.UnknownKey, now, _cloud.ServiceUrl),
            "expired" => "Bearer " + TestTokens.Create(_cloud.TeamsKey, now, _cloud.ServiceUrl, startsIn: TimeSpan.FromHours(-2), validFor: TimeSpan.FromMinutes(50)),
            "not yet valid" => "Bearer " + TestTokens.Create(_cloud.TeamsKey, now, _cloud.ServiceUrl, startsIn: TimeSpan.FromMinutes(20)),
            "wrong issuer" => "Bearer " + TestTokens.Create(_cloud.TeamsKey, now, _cloud.ServiceUrl, issuer: "https://api.botframework.com.evil"),
            "wrong audience" => "Bearer " + TestTokens.Create(_cloud.TeamsKey, now, _cloud.ServiceUrl, audience: "another-bot"),
            "key not endorsed for the channel" => "Bearer " + TestTokens.Create(_cloud.WebChatOnlyKey, now, _cloud.ServiceUrl),
            "serviceurl claim mismatch" => "Bearer " + TestTokens.Create(_cloud.TeamsKey, now, "https://smba.trafficmanager.net/emea/"),
            "serviceurl claim missing" => "Bearer " + TestTokens.Create(_cloud.TeamsKey, now, null),
            "serviceUrl host not allow-listed" => "Bearer " + TestTokens.Create(_cloud.TeamsKey, now, "https://collector.example/teams/"),
            "metadata unreachable" => null,
            _ => throw new ArgumentOutOfRangeException(nameof(failure)),
        };
        if (failure == "serviceUrl host not allow-listed")
        {
            activity["serviceUrl"] = "https://collector.example/teams/";
        }

        if (failure == "metadata unreachable")
        {
            _cloud.MetadataDown = true;
        }

        using var response = await user.PostAsync(activity, authorization);

        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(await _server.Store.ListDealsAsync(user.Owner, default));
        Assert.Null(await _server.Store.LoadConversationAsync(user.StateKey, default));
        Assert.Null(await _server.Services.GetRequiredService<IChannelStore>().GetAddressAsync(user.Owner, "msteams", default));
        Assert.Empty(_cloud.ConnectorCalls);
        Assert.Empty(_cloud.TokenRequests);
        Assert.Empty(_server.Outbound.Refused);
    }

    [Fact]
    public async Task ValidToken_IsAccepted_SoTheRefusalsAboveAreAboutTheirOneFault()
    {
        var user = new TeamsUser(_server, _cloud);

        using var response = await user.PostAsync(user.Message("deals"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_cloud.Posts);
    }

    [Fact]
    public async Task EntraIssuedToken_ForTheAppsTenant_IsAccepted()
    {
        var user = new TeamsUser(_server, _cloud);
        var token = TestTokens.Create(_cloud.EntraKey, _server.Clock.GetUtcNow(), _cloud.ServiceUrl,
            issuer: $"https://login.microsoftonline.com/{FakeMicrosoftCloud.Tenant}/v2.0");

        using var response = await user.PostAsync(user.Message("deals"), "Bearer " + token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task EntraIssuedToken_FromAnotherTenant_IsRefused()
    {
        var user = new TeamsUser(_server, _cloud);
        var token = TestTokens.Create(_cloud.EntraKey, _server.Clock.GetUtcNow(), _cloud.ServiceUrl,
            issuer: "https://login.microsoftonline.com/00000000-0000-4000-8000-00000000dead/v2.0");

        using var response = await user.PostAsync(user.Message("deals"), "Bearer " + token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_cloud.ConnectorCalls);
    }

    [Fact]
    public async Task ClockSkew_OfFourMinutesPastExpiry_IsStillAccepted()
    {
        var user = new TeamsUser(_server, _cloud);
        var now = _server.Clock.GetUtcNow();
        var token = TestTokens.Create(_cloud.TeamsKey, now, _cloud.ServiceUrl, startsIn: TimeSpan.FromMinutes(-64), validFor: TimeSpan.FromMinutes(60));

        using var response = await user.PostAsync(user.Message("deals"), "Bearer " + token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OversizedBody_WithAValidToken_Gets413AndNothingIsStored()
    {
        var user = new TeamsUser(_server, _cloud);

        using var response = await user.PostAsync(user.Message("qualify " + new string('x', 300_000)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(await _server.Store.ListDealsAsync(user.Owner, default));
        Assert.Empty(_cloud.ConnectorCalls);
    }
}
