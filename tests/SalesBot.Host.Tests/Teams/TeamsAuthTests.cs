using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Core.Channels;
using SalesBot.Testing;

namespace SalesBot.Host.Tests.Teams;

/// <summary>Every way an inbound request can fail Bot Framework authentication: refused, and nothing processed, stored or sent.</summary>
public sealed class TeamsAuthTests : TeamsTestBase
{
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
        var user = new TeamsUser(Server, Cloud);
        var now = Server.Clock.GetUtcNow();
        var activity = user.Message("qualify Acme");
        string? authorization = failure switch
        {
            "no Authorization header" => "",
            "wrong scheme" => "Basic " + Convert.ToBase64String("bot:secret"u8.ToArray()),
            "not a JWT" => "Bearer not-a-jwt",
            "bad signature" => "Bearer " + TestTokens.Tamper(user.ValidToken()),
            "unknown key id" => "Bearer " + TestTokens.Create(Cloud.UnknownKey, now, Cloud.ServiceUrl),
            "expired" => "Bearer " + TestTokens.Create(Cloud.TeamsKey, now, Cloud.ServiceUrl, startsIn: TimeSpan.FromHours(-2), validFor: TimeSpan.FromMinutes(50)),
            "not yet valid" => "Bearer " + TestTokens.Create(Cloud.TeamsKey, now, Cloud.ServiceUrl, startsIn: TimeSpan.FromMinutes(20)),
            "wrong issuer" => "Bearer " + TestTokens.Create(Cloud.TeamsKey, now, Cloud.ServiceUrl, issuer: "https://api.botframework.com.evil"),
            "wrong audience" => "Bearer " + TestTokens.Create(Cloud.TeamsKey, now, Cloud.ServiceUrl, audience: "another-bot"),
            "key not endorsed for the channel" => "Bearer " + TestTokens.Create(Cloud.WebChatOnlyKey, now, Cloud.ServiceUrl),
            "serviceurl claim mismatch" => "Bearer " + TestTokens.Create(Cloud.TeamsKey, now, "https://smba.trafficmanager.net/emea/"),
            "serviceurl claim missing" => "Bearer " + TestTokens.Create(Cloud.TeamsKey, now, null),
            "serviceUrl host not allow-listed" => "Bearer " + TestTokens.Create(Cloud.TeamsKey, now, "https://collector.example/teams/"),
            "metadata unreachable" => null,
            _ => throw new ArgumentOutOfRangeException(nameof(failure)),
        };
        if (failure == "serviceUrl host not allow-listed")
        {
            activity["serviceUrl"] = "https://collector.example/teams/";
        }

        if (failure == "metadata unreachable")
        {
            Cloud.MetadataDown = true;
        }

        // Unreachable metadata is retried (the standard resilience handler's back-off, on the server's clock) before the refusal.
        using var response = failure == "metadata unreachable"
            ? await Server.Clock.AdvanceUntilDoneAsync(user.PostAsync(activity, authorization), TimeSpan.FromMilliseconds(200))
            : await user.PostAsync(activity, authorization);

        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(await Server.Store.ListDealsAsync(user.Owner, default));
        Assert.Null(await Server.Store.LoadConversationAsync(user.StateKey, default));
        Assert.Null(await Server.Services.GetRequiredService<IChannelStore>().GetAddressAsync(user.Owner, "msteams", default));
        Assert.Empty(Cloud.ConnectorCalls);
        Assert.Empty(Cloud.TokenRequests);
        Assert.Empty(Server.Outbound.Refused);
    }

    [Fact]
    public async Task ValidToken_IsAccepted_SoTheRefusalsAboveAreAboutTheirOneFault()
    {
        var user = new TeamsUser(Server, Cloud);

        using var response = await user.PostAsync(user.Message("deals"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(Cloud.Posts);
    }

    [Fact]
    public async Task EntraIssuedToken_ForTheAppsTenant_IsAccepted()
    {
        var user = new TeamsUser(Server, Cloud);
        var token = TestTokens.Create(Cloud.EntraKey, Server.Clock.GetUtcNow(), Cloud.ServiceUrl,
            issuer: $"https://login.microsoftonline.com/{FakeMicrosoftCloud.Tenant}/v2.0");

        using var response = await user.PostAsync(user.Message("deals"), "Bearer " + token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task EntraIssuedToken_FromAnotherTenant_IsRefused()
    {
        var user = new TeamsUser(Server, Cloud);
        var token = TestTokens.Create(Cloud.EntraKey, Server.Clock.GetUtcNow(), Cloud.ServiceUrl,
            issuer: "https://login.microsoftonline.com/00000000-0000-4000-8000-00000000dead/v2.0");

        using var response = await user.PostAsync(user.Message("deals"), "Bearer " + token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(Cloud.ConnectorCalls);
    }

    [Fact]
    public async Task ClockSkew_OfFourMinutesPastExpiry_IsStillAccepted()
    {
        var user = new TeamsUser(Server, Cloud);
        var now = Server.Clock.GetUtcNow();
        var token = TestTokens.Create(Cloud.TeamsKey, now, Cloud.ServiceUrl, startsIn: TimeSpan.FromMinutes(-64), validFor: TimeSpan.FromMinutes(60));

        using var response = await user.PostAsync(user.Message("deals"), "Bearer " + token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OversizedBody_WithAValidToken_Gets413AndNothingIsStored()
    {
        var user = new TeamsUser(Server, Cloud);

        using var response = await user.PostAsync(user.Message("qualify " + new string('x', 300_000)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(await Server.Store.ListDealsAsync(user.Owner, default));
        Assert.Empty(Cloud.ConnectorCalls);
    }
}
