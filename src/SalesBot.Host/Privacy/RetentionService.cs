using Microsoft.Extensions.Options;
using SalesBot.Core.Scheduling;
using SalesBot.Core.Storage;

namespace SalesBot.Host.Privacy;

/// <summary>
/// Deletes closed deals past <see cref="PrivacyOptions.RetentionDays"/>: once at start, then every
/// <see cref="PrivacyOptions.PurgeInterval"/>, on the injected clock. Does nothing when retention is 0.
/// </summary>
internal sealed partial class RetentionService(
    ISalesBotStore store,
    IOptions<PrivacyOptions> options,
    TimeProvider time,
    ILogger<RetentionService> logger) : BackgroundService
{
    /// <summary>One purge; returns how many deals went.</summary>
    public async Task<int> PurgeOnceAsync(CancellationToken cancellationToken)
    {
        var days = options.Value.RetentionDays;
        if (days <= 0)
        {
            return 0;
        }

        var cutoff = time.GetUtcNow() - TimeSpan.FromDays(days);
        var purged = await store.PurgeClosedDealsAsync(cutoff, cancellationToken);
        if (purged > 0)
        {
            Log.Purged(logger, purged, days);
        }

        return purged;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.RetentionDays <= 0)
        {
            return;
        }

        await PeriodicPass.RunAsync(PurgeOnceAsync, options.Value.PurgeInterval, time, ex => Log.Failed(logger, ex), stoppingToken);
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Retention: deleted {Count} closed deals older than {Days} days")]
        public static partial void Purged(ILogger logger, int count, int days);

        [LoggerMessage(2, LogLevel.Error, "Retention purge failed; it runs again at the next interval")]
        public static partial void Failed(ILogger logger, Exception error);
    }
}
