using Microsoft.Extensions.Diagnostics.HealthChecks;
using SalesBot.Core.Conversations;
using SalesBot.Core.Storage;

namespace SalesBot.Host;

/// <summary>
/// Ready when the store answers a read and takes a write. The write is the cheapest real one: a probe row of its own in
/// conversation_states (a key no conversation can have), inserted by one check and deleted by the next, so a database that
/// reads but refuses writes (read-only file, full disk, immutable WAL) reports degraded with the store's reason.
/// </summary>
internal sealed class StoreHealthCheck(ISalesBotStore store) : IHealthCheck
{
    /// <summary>No <see cref="ConversationKey"/> is a bare word: every one has three unescaped "|".</summary>
    public const string ProbeKey = "salesbot-health-probe";

    private static readonly Owner ProbeOwner = new("salesbot", "health-probe");

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ConversationState? probe;
        try
        {
            probe = await store.LoadConversationAsync(ProbeKey, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"The store does not answer: {ex.Message}", ex);
        }

        try
        {
            var write = probe is null ? new ConversationStateWrite(ProbeKey, "{}", 0) : new ConversationStateWrite(ProbeKey, null, probe.Version);
            await store.CommitAsync(new TurnCommit(ProbeOwner) { State = write }, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (ConcurrencyConflictException)
        {
            // Another instance's probe wrote in between: the store took that write, so it takes writes.
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Degraded($"The store answers reads but refuses writes: {ex.Message}", ex);
        }
    }
}
