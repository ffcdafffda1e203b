using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace SalesBot.Dialogs.Conversation;

/// <summary>
/// A token bucket per user (<see cref="Owner"/>: tenant and user), so one user's flood never slows another and a user
/// cannot get around the limit by switching channel or conversation. Built on System.Threading.RateLimiting.
/// </summary>
public sealed class TurnRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<Owner>? _limiter;

    public TurnRateLimiter(IOptions<RateLimitOptions> options)
    {
        var value = options.Value;
        if (value.TurnsPerMinute <= 0)
        {
            return;
        }

        var period = TimeSpan.FromMinutes(1) / value.TurnsPerMinute;
        _limiter = PartitionedRateLimiter.Create<Owner, Owner>(owner => RateLimitPartition.GetTokenBucketLimiter(owner, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = value.Burst,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = period,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
        Period = period;
    }

    private TimeSpan Period { get; } = TimeSpan.Zero;

    /// <summary>Takes one turn from the user's bucket; when empty, returns how long until they may send again.</summary>
    public bool TryAcquire(Owner owner, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        if (_limiter is null)
        {
            return true;
        }

        using var lease = _limiter.AttemptAcquire(owner);
        if (lease.IsAcquired)
        {
            return true;
        }

        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : Period;
        return false;
    }

    public void Dispose() => _limiter?.Dispose();
}
