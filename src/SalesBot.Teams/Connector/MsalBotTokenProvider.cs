using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace SalesBot.Teams.Connector;

/// <summary>
/// Tokens for the Bot Connector from Microsoft.Identity.Client: client credentials against botframework.com (multi-tenant)
/// or the app's tenant (single-tenant), or a user-assigned managed identity. MSAL caches each token until near expiry.
/// </summary>
internal sealed class MsalBotTokenProvider : IBotTokenProvider
{
    private readonly string _scope;
    private readonly Func<CancellationToken, Task<AuthenticationResult>> _acquire;

    public MsalBotTokenProvider(IOptions<BotFrameworkOptions> bot, IOptions<BotAuthOptions> auth, IHttpClientFactory httpClients)
    {
        var options = bot.Value;
        _scope = auth.Value.BotFrameworkScope;
        var http = new MsalHttpClientFactory(httpClients);
        if (string.Equals(options.AppType, BotFrameworkOptions.UserAssignedMsi, StringComparison.OrdinalIgnoreCase))
        {
            var identity = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(options.MicrosoftAppId))
                .WithHttpClientFactory(http)
                .Build();
            var resource = _scope.EndsWith("/.default", StringComparison.Ordinal) ? _scope[..^"/.default".Length] : _scope;
            _acquire = ct => identity.AcquireTokenForManagedIdentity(resource).ExecuteAsync(ct);
        }
        else
        {
            var authority = new Uri(new Uri(auth.Value.LoginInstance), options.TokenTenant);
            var client = ConfidentialClientApplicationBuilder.Create(options.MicrosoftAppId)
                .WithClientSecret(options.MicrosoftAppPassword)
                .WithAuthority(authority.ToString(), validateAuthority: false)
                .WithInstanceDiscovery(false)
                .WithHttpClientFactory(http)
                .Build();
            _acquire = ct => client.AcquireTokenForClient([_scope]).ExecuteAsync(ct);
        }
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken) => (await _acquire(cancellationToken)).AccessToken;
}
