using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SalesBot.Slack.Signing;
using SalesBot.Testing;

namespace SalesBot.Slack.Tests.Signing;

public sealed class SlackSignatureVerifierTests
{
    private const string Body = "token=x&team_id=T1&user_id=U1&command=%2Fsalesbot&text=qualify+Acme";
    private readonly FakeTimeProvider _clock = new(SlackRig.Now);

    [Fact]
    public void SignatureMadeWithTheSecret_OverTheExactBody_IsValid()
    {
        var ts = Signed.Timestamp(_clock.GetUtcNow());

        Assert.Equal(SignatureCheck.Valid, Verify(ts, Signed.Signature(Body, ts), Body));
    }

    [Fact]
    public void KnownVectorFromSlacksDocumentation_IsValid()
    {
        // The worked example in Slack's "Verifying requests from Slack".
        const string secret = "8f742231b10e8888abcd99yyyzzz85a5";
        const string body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
        var then = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1531420618));
        var verifier = new SlackSignatureVerifier(Options.Create(new SlackOptions { SigningSecret = secret }), then);

        Assert.Equal(SignatureCheck.Valid, verifier.Verify("1531420618", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", Encoding.UTF8.GetBytes(body)));
    }

    [Fact]
    public void MissingSignatureHeader_IsRefused()
    {
        Assert.Equal(SignatureCheck.MissingHeaders, Verify(Signed.Timestamp(_clock.GetUtcNow()), null, Body));
    }

    [Fact]
    public void MissingTimestampHeader_IsRefused()
    {
        var ts = Signed.Timestamp(_clock.GetUtcNow());

        Assert.Equal(SignatureCheck.MissingHeaders, Verify(null, Signed.Signature(Body, ts), Body));
    }

    [Theory]
    [InlineData("v0=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("v0=zz")]
    [InlineData("v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    public void WrongSignature_IsRefused(string signature)
    {
        Assert.Equal(SignatureCheck.Mismatch, Verify(Signed.Timestamp(_clock.GetUtcNow()), signature, Body));
    }

    [Fact]
    public void SignatureMadeWithAnotherSecret_IsRefused()
    {
        var ts = Signed.Timestamp(_clock.GetUtcNow());

        Assert.Equal(SignatureCheck.Mismatch, Verify(ts, Signed.Signature(Body, ts, "another-secret"), Body));
    }

    [Fact]
    public void BodyAlteredAfterSigning_IsRefused()
    {
        var ts = Signed.Timestamp(_clock.GetUtcNow());
        var signature = Signed.Signature(Body, ts);

        Assert.Equal(SignatureCheck.Mismatch, Verify(ts, signature, Body.Replace("Acme", "Evil", StringComparison.Ordinal)));
        Assert.Equal(SignatureCheck.Mismatch, Verify(ts, signature, Body + "&user_id=U2"));
    }

    [Fact]
    public void SignatureForAnotherTimestamp_IsRefused()
    {
        var ts = Signed.Timestamp(_clock.GetUtcNow());
        var signature = Signed.Signature(Body, ts);

        Assert.Equal(SignatureCheck.Mismatch, Verify(Signed.Timestamp(_clock.GetUtcNow().AddSeconds(-1)), signature, Body));
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(-3600)]
    public void TimestampMoreThanFiveMinutesOld_IsRefusedAsStale_EvenWhenCorrectlySigned(int seconds)
    {
        var ts = Signed.Timestamp(_clock.GetUtcNow().AddSeconds(seconds));

        Assert.Equal(SignatureCheck.StaleTimestamp, Verify(ts, Signed.Signature(Body, ts), Body));
    }

    [Theory]
    [InlineData(301)]
    [InlineData(86_400)]
    public void TimestampMoreThanFiveMinutesAhead_IsRefusedAsFuture_EvenWhenCorrectlySigned(int seconds)
    {
        var ts = Signed.Timestamp(_clock.GetUtcNow().AddSeconds(seconds));

        Assert.Equal(SignatureCheck.FutureTimestamp, Verify(ts, Signed.Signature(Body, ts), Body));
    }

    [Theory]
    [InlineData(-300)]
    [InlineData(300)]
    public void TimestampExactlyFiveMinutesOff_IsStillAccepted(int seconds)
    {
        var ts = Signed.Timestamp(_clock.GetUtcNow().AddSeconds(seconds));

        Assert.Equal(SignatureCheck.Valid, Verify(ts, Signed.Signature(Body, ts), Body));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("-1531420618")]
    [InlineData("1531420618.5")]
    [InlineData("99999999999999999999")]
    [InlineData("999999999999")]
    public void MalformedTimestamp_IsRefused(string ts)
    {
        Assert.Equal(ts.Length == 0 ? SignatureCheck.MissingHeaders : SignatureCheck.MalformedTimestamp, Verify(ts, Signed.Signature(Body, ts), Body));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void NoSigningSecretConfigured_RefusesEverything_EvenASignatureMadeWithAnEmptyKey(string? secret)
    {
        var ts = Signed.Timestamp(_clock.GetUtcNow());

        Assert.Equal(SignatureCheck.NoSigningSecret, Verify(ts, Signed.Signature(Body, ts, secret ?? ""), Body, secret));
    }

    private SignatureCheck Verify(string? ts, string? signature, string body, string? secret = Signed.Secret) =>
        new SlackSignatureVerifier(Options.Create(new SlackOptions { SigningSecret = secret }), _clock).Verify(ts, signature, Encoding.UTF8.GetBytes(body));
}
