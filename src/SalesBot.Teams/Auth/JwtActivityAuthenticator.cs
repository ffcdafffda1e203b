using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using SalesBot.Teams.Schema;

namespace SalesBot.Teams.Auth;

/// <summary>
/// Validates the bearer JWT the Bot Connector service sends, as its protocol requires: RS256 signature against the
/// published keys (Bot Framework metadata, or Entra metadata for Entra-issued tokens), issuer, audience = MicrosoftAppId,
/// lifetime with clock skew; then, once the activity is parsed, the key's channel endorsements, the serviceurl claim
/// and the service URL allow-list. Fails closed when keys cannot be had.
/// </summary>
internal sealed partial class JwtActivityAuthenticator : IActivityAuthenticator
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    private readonly OpenIdKeySource _botFramework;
    private readonly OpenIdKeySource _entra;
    private readonly BotFrameworkOptions _bot;
    private readonly BotAuthOptions _auth;
    private readonly ServiceUrlPolicy _serviceUrls;
    private readonly TimeProvider _time;
    private readonly ILogger<JwtActivityAuthenticator> _logger;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public JwtActivityAuthenticator(
        IHttpClientFactory httpClients,
        IOptions<BotFrameworkOptions> bot,
        IOptions<BotAuthOptions> auth,
        ServiceUrlPolicy serviceUrls,
        TimeProvider time,
        ILogger<JwtActivityAuthenticator> logger)
    {
        _bot = bot.Value;
        _auth = auth.Value;
        _serviceUrls = serviceUrls;
        _time = time;
        _logger = logger;
        var http = httpClients.CreateClient(TeamsHttpClients.Metadata);
        _botFramework = new OpenIdKeySource(_auth.BotFrameworkMetadataUrl, http);
        _entra = new OpenIdKeySource(_auth.EntraMetadataUrl.Replace("{tenant}", _bot.TokenTenant, StringComparison.Ordinal), http);
    }

    /// <summary>The Bot Framework metadata URL that Teams tokens are checked against.</summary>
    public string BotFrameworkMetadataUrl => _botFramework.MetadataUrl;

    /// <summary>Reads the Bot Framework signing keys as a Teams request would (cached; fetched when missing); throws when they cannot be had.</summary>
    public Task BotFrameworkKeysAsync(CancellationToken cancellationToken) => _botFramework.GetAsync(cancellationToken);

    public async Task<AuthOutcome> AuthenticateRequestAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (header.Length == 0)
        {
            return Deny401("No Authorization header.");
        }

        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= "Bearer ".Length)
        {
            return Deny401("The Authorization header is not a Bearer token.");
        }

        var token = header["Bearer ".Length..].Trim();
        JsonWebToken unvalidated;
        try
        {
            unvalidated = _handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return Deny401("The bearer token is not a JWT.");
        }

        var fromBotFramework = unvalidated.Issuer == BotFrameworkIssuer;
        var source = fromBotFramework ? _botFramework : _entra;
        var result = await ValidateAsync(token, source, fromBotFramework, refreshed: false, cancellationToken);
        if (result.Outcome is { } denied)
        {
            return denied;
        }

        var validated = (JsonWebToken)result.Validation!.SecurityToken;
        var serviceUrl = validated.TryGetPayloadValue<string>("serviceurl", out var claim) ? claim : null;
        http.Items[BotClaims.ItemKey] = new BotClaims(validated.Issuer, serviceUrl, OpenIdKeySource.Endorsements(result.Configuration!, validated.Kid), fromBotFramework);
        return AuthOutcome.Allow;
    }

    public Task<AuthOutcome> AuthorizeActivityAsync(HttpContext http, Activity activity, CancellationToken cancellationToken)
    {
        if (http.Items[BotClaims.ItemKey] is not BotClaims claims)
        {
            return Task.FromResult(Deny401("The request was not authenticated."));
        }

        if (claims.Endorsements is { } endorsements && !endorsements.Contains(activity.ChannelId ?? "", StringComparer.OrdinalIgnoreCase))
        {
            return Task.FromResult(Deny403($"The signing key is not endorsed for channel '{activity.ChannelId}'."));
        }

        if ((claims.FromBotFramework || claims.ServiceUrl is not null) && !SameUrl(claims.ServiceUrl, activity.ServiceUrl))
        {
            return Task.FromResult(Deny403("The token's serviceurl claim does not match the activity's serviceUrl."));
        }

        if (!_serviceUrls.IsAllowed(activity.ServiceUrl))
        {
            return Task.FromResult(Deny403("The activity's serviceUrl is not an allowed Bot Connector host."));
        }

        return Task.FromResult(AuthOutcome.Allow);
    }

    private async Task<(AuthOutcome? Outcome, TokenValidationResult? Validation, OpenIdConnectConfiguration? Configuration)> ValidateAsync(
        string token, OpenIdKeySource source, bool fromBotFramework, bool refreshed, CancellationToken cancellationToken)
    {
        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await source.GetAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.MetadataUnavailable(_logger, source.MetadataUrl, ex.GetType().Name);
            return (Deny401("The signing keys could not be fetched."), null, null);
        }

        var parameters = new TokenValidationParameters
        {
            ValidIssuers = fromBotFramework ? [BotFrameworkIssuer] : EntraIssuers(configuration.Issuer),
            ValidAudience = _bot.MicrosoftAppId,
            IssuerSigningKeys = OpenIdKeySource.Keys(configuration),
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = _auth.ClockSkew,
            LifetimeValidator = ValidLifetime,
        };
        var validation = await _handler.ValidateTokenAsync(token, parameters);
        if (validation.IsValid)
        {
            return (null, validation, configuration);
        }

        if (validation.Exception is SecurityTokenSignatureKeyNotFoundException && !refreshed)
        {
            source.RequestRefresh();
            return await ValidateAsync(token, source, fromBotFramework, refreshed: true, cancellationToken);
        }

        return (Deny401("The bearer token is not valid: " + Reason(validation.Exception)), null, null);
    }

    /// <summary>Lifetime against the injected clock, so tests can move time.</summary>
    private bool ValidLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        return expires is { } exp && now <= exp + parameters.ClockSkew && (notBefore is not { } nbf || now >= nbf - parameters.ClockSkew);
    }

    /// <summary>The v2.0 issuer the metadata names, and its v1 (sts.windows.net) twin for the same tenant.</summary>
    private static List<string> EntraIssuers(string issuer)
    {
        var issuers = new List<string> { issuer };
        var match = TenantPattern().Match(issuer);
        if (match.Success)
        {
            issuers.Add($"https://sts.windows.net/{match.Groups["tenant"].Value}/");
        }

        return issuers;
    }

    private static bool SameUrl(string? a, string? b) =>
        a is not null && b is not null && string.Equals(a.TrimEnd('/'), b.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    private static string Reason(Exception? error) => error switch
    {
        SecurityTokenExpiredException => "it has expired.",
        SecurityTokenNotYetValidException => "it is not valid yet.",
        SecurityTokenInvalidLifetimeException => "its lifetime is not valid.",
        SecurityTokenInvalidIssuerException => "wrong issuer.",
        SecurityTokenInvalidAudienceException => "wrong audience.",
        SecurityTokenSignatureKeyNotFoundException => "unknown signing key.",
        SecurityTokenInvalidSignatureException => "bad signature.",
        SecurityTokenInvalidAlgorithmException => "algorithm not allowed.",
        _ => "it could not be validated.",
    };

    private static AuthOutcome Deny401(string reason) => AuthOutcome.Deny(StatusCodes.Status401Unauthorized, reason);

    private static AuthOutcome Deny403(string reason) => AuthOutcome.Deny(StatusCodes.Status403Forbidden, reason);

    [GeneratedRegex(@"^https://[^/]+/(?<tenant>[^/]+)/v2\.0/?$")]
    private static partial Regex TenantPattern();

    private static partial class Log
    {
        [LoggerMessage(2, LogLevel.Error, "OpenID metadata {MetadataUrl} could not be fetched ({Error}); refusing requests until it can")]
        public static partial void MetadataUnavailable(ILogger logger, string metadataUrl, string error);
    }
}
