using SalesBot.Core.Conversations;

namespace SalesBot.Core.Channels;

/// <summary>What the channel adapters keep: how to reach users, which deliveries were already handled, and app installs.</summary>
public interface IChannelStore
{
    /// <summary>Adds or replaces the user's address on that channel (and marks it reachable again).</summary>
    Task SaveAddressAsync(ChannelAddress address, CancellationToken cancellationToken);

    Task<ChannelAddress?> GetAddressAsync(Owner owner, string channelId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ChannelAddress>> GetAddressesAsync(Owner owner, CancellationToken cancellationToken);

    /// <summary>The channel said the user cannot be reached (bot removed or blocked, app uninstalled); kept with the reason.</summary>
    Task MarkUnreachableAsync(Owner owner, string channelId, string reason, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Records that a delivery (an activity id, a Slack event id) was received. Returns false when it was
    /// recorded before: a retry or a duplicate that must not be processed again. Entries older than a day are forgotten.
    /// </summary>
    Task<bool> TryRecordDeliveryAsync(string channelId, string deliveryId, DateTimeOffset receivedAt, CancellationToken cancellationToken);

    Task SaveInstallAsync(ChannelInstall install, CancellationToken cancellationToken);

    Task<ChannelInstall?> GetInstallAsync(string channelId, string tenantId, CancellationToken cancellationToken);

    /// <summary>Removes the install; returns whether there was one.</summary>
    Task<bool> DeleteInstallAsync(string channelId, string tenantId, CancellationToken cancellationToken);
}
