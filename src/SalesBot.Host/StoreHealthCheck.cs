using Microsoft.Extensions.Diagnostics.HealthChecks;
using SalesBot.Core.Storage;

namespace SalesBot.Host;

/// <summary>Ready when the store answers a read.</summary>
internal sealed class StoreHealthCheck(ISalesBotStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.LoadConversationAsync("health-check", cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The store does not answer.", ex);
        }
    }
}
