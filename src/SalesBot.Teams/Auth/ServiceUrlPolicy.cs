using Microsoft.Extensions.Options;

namespace SalesBot.Teams.Auth;

/// <summary>Which service URLs may receive the bot's bearer token: the allow-listed hosts, and loopback only in local mode.</summary>
internal sealed class ServiceUrlPolicy(IOptions<BotAuthOptions> auth, IOptions<BotFrameworkOptions> bot)
{
    public bool IsAllowed(string? serviceUrl)
    {
        if (!Mapping.ActivityValidator.IsHttpUrl(serviceUrl))
        {
            return false;
        }

        if (LoopbackUrl.IsLoopback(serviceUrl))
        {
            return bot.Value.IsLocal;
        }

        var uri = new Uri(serviceUrl!);
        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            return false;
        }

        var host = uri.IdnHost;
        return auth.Value.AllowedServiceUrlHosts.Any(allowed => allowed.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(allowed[1..], StringComparison.OrdinalIgnoreCase)
            : string.Equals(host, allowed, StringComparison.OrdinalIgnoreCase));
    }
}
