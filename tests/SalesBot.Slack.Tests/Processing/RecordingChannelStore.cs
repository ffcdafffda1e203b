using System.Collections.Concurrent;
using SalesBot.Core.Channels;
using SalesBot.Core.Conversations;

namespace SalesBot.Slack.Tests.Processing;

/// <summary>An <see cref="IChannelStore"/> that keeps addresses in memory and counts what was written.</summary>
internal sealed class RecordingChannelStore : IChannelStore
{
    private readonly ConcurrentDictionary<(Owner, string), ChannelAddress> _addresses = new();
    private int _saves;

    public int AddressSaves => _saves;

    public int OtherWrites { get; private set; }

    public Task SaveAddressAsync(ChannelAddress address, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _saves);
        _addresses[(address.Owner, address.ChannelId)] = address;
        return Task.CompletedTask;
    }

    public Task<ChannelAddress?> GetAddressAsync(Owner owner, string channelId, CancellationToken cancellationToken) =>
        Task.FromResult(_addresses.GetValueOrDefault((owner, channelId)));

    public Task<IReadOnlyList<ChannelAddress>> GetAddressesAsync(Owner owner, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ChannelAddress>>(_addresses.Values.Where(a => a.Owner == owner).ToList());

    public Task MarkUnreachableAsync(Owner owner, string channelId, string reason, DateTimeOffset at, CancellationToken cancellationToken) => Other();

    public Task<bool> TryRecordDeliveryAsync(string channelId, string deliveryId, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        OtherWrites++;
        return Task.FromResult(true);
    }

    public Task SaveInstallAsync(ChannelInstall install, CancellationToken cancellationToken) => Other();

    public Task<ChannelInstall?> GetInstallAsync(string channelId, string tenantId, CancellationToken cancellationToken) =>
        Task.FromResult<ChannelInstall?>(null);

    public Task<bool> DeleteInstallAsync(string channelId, string tenantId, CancellationToken cancellationToken)
    {
        OtherWrites++;
        return Task.FromResult(false);
    }

    private Task Other()
    {
        OtherWrites++;
        return Task.CompletedTask;
    }
}
