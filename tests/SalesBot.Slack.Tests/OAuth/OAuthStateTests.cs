using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Time.Testing;
using SalesBot.Slack.OAuth;
using SalesBot.Testing;

namespace SalesBot.Slack.Tests.OAuth;

public sealed class OAuthStateTests
{
    private readonly FakeTimeProvider _clock = new(SlackRig.Now);
    private readonly OAuthState _states;

    public OAuthStateTests() => _states = new OAuthState(new EphemeralDataProtectionProvider(), _clock);

    [Fact]
    public void StateFromThisBrowser_WithinItsLifetime_IsValid()
    {
        var (state, nonce) = _states.Create(TimeSpan.FromMinutes(10));

        Assert.Equal(OAuthStateCheck.Valid, _states.Check(state, nonce));
    }

    [Fact]
    public void StateAfterItsLifetime_IsExpired()
    {
        var (state, nonce) = _states.Create(TimeSpan.FromMinutes(10));

        _clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));

        Assert.Equal(OAuthStateCheck.Expired, _states.Check(state, nonce));
    }

    [Fact]
    public void StateUsedFromAnotherBrowser_IsRefused()
    {
        var (state, _) = _states.Create(TimeSpan.FromMinutes(10));
        var (_, otherNonce) = _states.Create(TimeSpan.FromMinutes(10));

        Assert.Equal(OAuthStateCheck.OtherBrowser, _states.Check(state, otherNonce));
        Assert.Equal(OAuthStateCheck.Missing, _states.Check(state, null));
    }

    [Fact]
    public void ForgedOrTamperedState_IsInvalid()
    {
        var (state, nonce) = _states.Create(TimeSpan.FromMinutes(10));

        Assert.Equal(OAuthStateCheck.Invalid, _states.Check(state[..^2] + (state[^2] == 'A' ? "BB" : "AA"), nonce));
        Assert.Equal(OAuthStateCheck.Invalid, _states.Check(nonce + "|9999999999", nonce));
    }
}
