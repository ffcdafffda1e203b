using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace SalesBot.Slack.OAuth;

/// <summary>
/// The OAuth state: a random nonce and an expiry, protected (encrypted and signed) with Data Protection. The nonce is
/// also set as a cookie on the browser that started the install, so a state only works in that browser and only until it expires.
/// </summary>
internal sealed class OAuthState(IDataProtectionProvider protection, TimeProvider time)
{
    public const string Cookie = "salesbot_slack_oauth";
    private readonly IDataProtector _protector = protection.CreateProtector("SalesBot.Slack.OAuthState.v1");

    public (string State, string Nonce) Create(TimeSpan lifetime)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var expires = (time.GetUtcNow() + lifetime).ToUnixTimeSeconds();
        return (_protector.Protect($"{nonce}|{expires.ToString(CultureInfo.InvariantCulture)}"), nonce);
    }

    public OAuthStateCheck Check(string? state, string? cookieNonce)
    {
        if (string.IsNullOrEmpty(state) || string.IsNullOrEmpty(cookieNonce))
        {
            return OAuthStateCheck.Missing;
        }

        string clear;
        try
        {
            clear = _protector.Unprotect(state);
        }
        catch (CryptographicException)
        {
            return OAuthStateCheck.Invalid;
        }

        var parts = clear.Split('|');
        if (parts.Length != 2 || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
        {
            return OAuthStateCheck.Invalid;
        }

        if (time.GetUtcNow().ToUnixTimeSeconds() > expires)
        {
            return OAuthStateCheck.Expired;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(parts[0]), Encoding.UTF8.GetBytes(cookieNonce))
            ? OAuthStateCheck.Valid
            : OAuthStateCheck.OtherBrowser;
    }
}
