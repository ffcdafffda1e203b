using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SalesBot.Host.Tests.Teams;

/// <summary>Mints the bearer tokens the Bot Connector would send, good or broken in one chosen way.</summary>
internal static class TestTokens
{
    public const string AppId = "0b7f1d2e-1111-4222-8333-944445555666";
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    public static string Create(
        SigningKey key,
        DateTimeOffset now,
        string? serviceUrl,
        string issuer = BotFrameworkIssuer,
        string audience = AppId,
        TimeSpan? validFor = null,
        TimeSpan? startsIn = null)
    {
        var notBefore = now + (startsIn ?? TimeSpan.FromMinutes(-1));
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = notBefore.UtcDateTime,
            IssuedAt = notBefore.UtcDateTime,
            Expires = (notBefore + (validFor ?? TimeSpan.FromHours(1))).UtcDateTime,
            Claims = claims,
            Subject = new ClaimsIdentity([new Claim("appid", "bot-connector")]),
            SigningCredentials = key.Credentials,
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>The same token with its signature bytes changed.</summary>
    public static string Tamper(string token)
    {
        var signatureStart = token.LastIndexOf('.') + 1;
        var flipped = token[signatureStart] == 'A' ? 'B' : 'A';
        return token[..signatureStart] + flipped + token[(signatureStart + 1)..];
    }
}
