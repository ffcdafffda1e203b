namespace SalesBot.Core.Channels;

/// <summary>
/// The durable inbox of work a channel acknowledged before doing it (Slack acks at once, then works). Written before the
/// ack, processed at least once: a claim leases an entry to one claimant; an entry whose claimant died is claimed again
/// when its lease has run out, by any instance. Only the oldest entry of each partition can be claimed, and only while no
/// claim on it is live, so one user's work runs in order even over several instances.
/// </summary>
public interface IInboxStore
{
    /// <summary>Adds the entry; false when an entry with the same dedupe key is still in the inbox (nothing is added).</summary>
    Task<bool> AddAsync(InboxEntry entry, CancellationToken cancellationToken);

    /// <summary>
    /// Leases up to <paramref name="limit"/> entries of the channel to <paramref name="claimant"/> until now + lease: the
    /// oldest entry of each partition whose older entries are all done and which no live lease holds, oldest first.
    /// </summary>
    Task<IReadOnlyList<InboxItem>> ClaimAsync(
        string channelId, string claimant, DateTimeOffset now, TimeSpan lease, int limit, CancellationToken cancellationToken);

    /// <summary>Extends a lease still held by the claimant; false when it no longer holds it.</summary>
    Task<bool> RenewAsync(long seq, string claimant, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>Gives a claim back unfinished (shutdown cut the work short): the entry can be claimed again at once.</summary>
    Task<bool> ReleaseAsync(long seq, string claimant, CancellationToken cancellationToken);

    /// <summary>The work is done (or given up): removes the entry if the claimant still holds it; returns whether it did.</summary>
    Task<bool> CompleteAsync(long seq, string claimant, CancellationToken cancellationToken);

    /// <summary>How many entries of the channel are in the inbox (claimed or not).</summary>
    Task<int> CountAsync(string channelId, CancellationToken cancellationToken);
}
