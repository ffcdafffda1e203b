namespace SalesBot.Storage;

/// <summary>How long a handled delivery is remembered: channels retry within minutes, so a day is plenty.</summary>
internal static class DeliveryMemory
{
    public static readonly TimeSpan Span = TimeSpan.FromDays(1);

    /// <summary>Old delivery rows are deleted at most this often per process, inside a commit that writes one.</summary>
    public static readonly TimeSpan PruneInterval = TimeSpan.FromMinutes(1);
}
