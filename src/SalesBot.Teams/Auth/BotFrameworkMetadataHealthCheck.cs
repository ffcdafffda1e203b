using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace SalesBot.Teams.Auth;

/// <summary>
/// With Teams configured (a MicrosoftAppId), ready only while the Bot Framework signing keys can be had: without them
/// every Teams request is refused, so the instance reports degraded with the reason instead of looking healthy.
/// </summary>
internal sealed class BotFrameworkMetadataHealthCheck(IOptions<BotFrameworkOptions> options, IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (options.Value.IsLocal)
        {
            return HealthCheckResult.Healthy("Local mode: no Bot Framework tokens to check.");
        }

        var jwt = services.GetRequiredService<JwtActivityAuthenticator>();
        try
        {
            await jwt.BotFrameworkKeysAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Degraded(
                $"The Bot Framework OpenID metadata ({jwt.BotFrameworkMetadataUrl}) cannot be read, so Teams requests are refused: {ex.Message}", ex);
        }
    }
}
