using System.Net;
using Microsoft.AspNetCore.Http;

namespace SalesBot.Slack.Tests.Endpoints;

/// <summary>
/// Every Slack endpoint refuses a request whose signature does not check out — and then nothing is queued (so nothing
/// is processed or stored) and nothing is sent to Slack.
/// </summary>
public sealed class SignedEndpointTests
{
    public enum Damage
    {
        NoSignature,
        NoTimestamp,
        WrongSignature,
        StaleTimestamp,
        FutureTimestamp,
        BodyAlteredAfterSigning,
        OtherSecret,
    }

    public static TheoryData<string, Damage> Cases()
    {
        var data = new TheoryData<string, Damage>();
        foreach (var endpoint in new[] { "commands", "events", "interactions" })
        {
            foreach (var damage in Enum.GetValues<Damage>())
            {
                data.Add(endpoint, damage);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task BadlySignedRequest_Gets401_AndNothingIsQueuedOrSent(string endpoint, Damage damage)
    {
        var rig = new SlackRig();
        var body = Body(endpoint);
        var now = rig.Clock.GetUtcNow();
        var ts = damage switch
        {
            Damage.StaleTimestamp => Signed.Timestamp(now.AddMinutes(-6)),
            Damage.FutureTimestamp => Signed.Timestamp(now.AddMinutes(6)),
            _ => Signed.Timestamp(now),
        };
        var signature = damage switch
        {
            Damage.NoSignature => null,
            Damage.WrongSignature => "v0=" + new string('a', 64),
            Damage.OtherSecret => Signed.Signature(body, ts, "not-the-secret"),
            _ => Signed.Signature(body, ts),
        };
        var sent = damage == Damage.BodyAlteredAfterSigning ? body.Replace("Acme", "Evil", StringComparison.Ordinal) : body;
        Assert.True(damage != Damage.BodyAlteredAfterSigning || sent != body);

        var result = await Handle(rig, endpoint, HttpResults.Request(sent, damage == Damage.NoTimestamp ? null : ts, signature));

        Assert.Equal(StatusCodes.Status401Unauthorized, HttpResults.Status(result));
        Assert.Equal(0, rig.Inbox.Accepted);
        Assert.Empty(rig.Drain());
        Assert.Empty(rig.Api.Calls);
    }

    [Theory]
    [InlineData("commands")]
    [InlineData("events")]
    [InlineData("interactions")]
    public async Task SameRequestCorrectlySigned_IsAcceptedAndQueued(string endpoint)
    {
        // The control for the refusals above: the very same bodies pass when signed right.
        var rig = new SlackRig();
        var body = Body(endpoint);
        var ts = Signed.Timestamp(rig.Clock.GetUtcNow());

        var result = await Handle(rig, endpoint, HttpResults.Request(body, ts, Signed.Signature(body, ts)));

        Assert.Equal(StatusCodes.Status200OK, HttpResults.Status(result));
        Assert.Equal(1, rig.Inbox.Accepted);
    }

    [Theory]
    [InlineData("commands")]
    [InlineData("events")]
    [InlineData("interactions")]
    public async Task NoSigningSecretConfigured_CorrectlyShapedRequestSignedWithAnEmptyKey_Gets401_AndNothingIsQueued(string endpoint)
    {
        var rig = new SlackRig(secret: "");
        var body = Body(endpoint);
        var ts = Signed.Timestamp(rig.Clock.GetUtcNow());

        var result = await Handle(rig, endpoint, HttpResults.Request(body, ts, Signed.Signature(body, ts, "")));

        Assert.Equal(StatusCodes.Status401Unauthorized, HttpResults.Status(result));
        Assert.Equal(0, rig.Inbox.Accepted);
    }

    [Theory]
    [InlineData("{\"type\":\"event_callback\"", "events")]
    [InlineData("not json", "events")]
    [InlineData("[1,2,3]", "events")]
    [InlineData("payload=%7Bnot+json", "interactions")]
    [InlineData("payload=%5B%5D", "interactions")]
    [InlineData("nopayload=1", "interactions")]
    [InlineData("team_id=T1&team_id=T2&user_id=U1&channel_id=D1&text=qualify+Acme", "commands")]
    [InlineData("user_id=U1&channel_id=D1&text=qualify+Acme", "commands")]
    public async Task SignedGarbage_Gets400_AndNothingIsQueued(string body, string endpoint)
    {
        var rig = new SlackRig();
        var ts = Signed.Timestamp(rig.Clock.GetUtcNow());

        var result = await Handle(rig, endpoint, HttpResults.Request(body, ts, Signed.Signature(body, ts)));

        Assert.Equal(StatusCodes.Status400BadRequest, HttpResults.Status(result));
        Assert.Equal(0, rig.Inbox.Accepted);
    }

    [Fact]
    public async Task BodyOverTheCap_Gets413_BeforeTheSignatureIsEvenChecked_AndNothingIsQueued()
    {
        var rig = new SlackRig();
        var body = Body("commands") + "&pad=" + new string('x', rig.Options.Value.MaxRequestBytes);
        var ts = Signed.Timestamp(rig.Clock.GetUtcNow());

        var result = await rig.CommandsEndpoint.HandleAsync(HttpResults.Request(body, ts, Signed.Signature(body, ts)), CancellationToken.None);

        Assert.Equal(StatusCodes.Status413PayloadTooLarge, HttpResults.Status(result));
        Assert.Equal(0, rig.Inbox.Accepted);
    }

    [Theory]
    [InlineData("ssl_check=1&token=anything", false)]
    [InlineData("ssl_check=1&team_id=T1&user_id=U1&channel_id=D1&text=qualify+Acme&response_url=http%3A%2F%2F127.0.0.1%2Fx", false)]
    [InlineData("ssl_check=1&team_id=T1&user_id=U1&channel_id=D1&text=qualify+Acme", true)]
    public async Task SslCheck_Gets200WithNothingElseDone_SignedOrNot_EvenWithCommandFieldsSmuggledIn(string body, bool isSigned)
    {
        var rig = new SlackRig();
        var ts = Signed.Timestamp(rig.Clock.GetUtcNow());

        var result = await rig.CommandsEndpoint.HandleAsync(HttpResults.Request(body, ts, isSigned ? Signed.Signature(body, ts) : "v0=bad"), CancellationToken.None);

        Assert.Equal(StatusCodes.Status200OK, HttpResults.Status(result));
        Assert.Null(HttpResults.Json(result));
        Assert.Equal(0, rig.Inbox.Accepted);
        Assert.Empty(rig.Api.Calls);
    }

    [Theory]
    [InlineData("ssl_check=0&team_id=T1&user_id=U1&channel_id=D1&text=qualify+Acme")]
    [InlineData("ssl_check=true&team_id=T1&user_id=U1&channel_id=D1&text=qualify+Acme")]
    public async Task SomethingLikeAnSslCheckButNotExactlyIt_IsNotABypass_UnsignedGets401(string body)
    {
        var rig = new SlackRig();

        var result = await rig.CommandsEndpoint.HandleAsync(HttpResults.Request(body, Signed.Timestamp(rig.Clock.GetUtcNow()), "v0=bad"), CancellationToken.None);

        Assert.Equal(StatusCodes.Status401Unauthorized, HttpResults.Status(result));
        Assert.Equal(0, rig.Inbox.Accepted);
    }

    [Theory]
    [InlineData("commands")]
    [InlineData("events")]
    [InlineData("interactions")]
    public async Task WhenTheInboxCannotBeWritten_TheRequestIsNotAcknowledgedAsTaken_AndNothingIsRecordedOrSent(string endpoint)
    {
        // Acknowledged means in the store: a write that fails answers "busy" (Slack retries events and interactions; the
        // command's user reads that nothing was recorded).
        var rig = new SlackRig();
        rig.Store.Refuse = true;
        var body = Body(endpoint);
        var ts = Signed.Timestamp(rig.Clock.GetUtcNow());

        var result = await Handle(rig, endpoint, HttpResults.Request(body, ts, Signed.Signature(body, ts)));

        if (endpoint == "commands")
        {
            Assert.Equal(StatusCodes.Status200OK, HttpResults.Status(result));
            Assert.Contains("Nothing was recorded", HttpResults.Json(result)!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(StatusCodes.Status503ServiceUnavailable, HttpResults.Status(result));
        }

        rig.Store.Refuse = false;
        Assert.Equal(0, rig.Inbox.Accepted);
        Assert.Empty(rig.Drain());
        Assert.Empty(rig.Api.Calls);
    }

    internal static string Body(string endpoint) => endpoint switch
    {
        "commands" => "team_id=T1&user_id=U1&user_name=pat&channel_id=D1&command=%2Fsalesbot&text=qualify+Acme&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1%2F1%2Fx&trigger_id=1.2.3",
        "events" => """{"type":"event_callback","team_id":"T1","event_id":"Ev1","authorizations":[{"team_id":"T1","user_id":"UBOT","is_bot":true}],"event":{"type":"message","channel_type":"im","channel":"D1","user":"U1","text":"qualify Acme","ts":"1700000000.000100"}}""",
        _ => "payload=" + WebUtility.UrlEncode("""{"type":"block_actions","user":{"id":"U1","team_id":"T1"},"team":{"id":"T1"},"actions":[{"action_id":"run_command","value":"qualify Acme","type":"button"}]}"""),
    };

    private static Task<IResult> Handle(SlackRig rig, string endpoint, HttpContext http) => endpoint switch
    {
        "commands" => rig.CommandsEndpoint.HandleAsync(http, CancellationToken.None),
        "events" => rig.EventsEndpoint.HandleAsync(http, CancellationToken.None),
        _ => rig.InteractionsEndpoint.HandleAsync(http, CancellationToken.None),
    };
}
