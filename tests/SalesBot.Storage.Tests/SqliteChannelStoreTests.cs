using SalesBot.Core.Channels;

namespace SalesBot.Storage.Tests;

public sealed class SqliteChannelStoreTests : ChannelStoreContractTests, IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    protected override async Task<IChannelStore> CreateStoreAsync() => new ChannelStore(await _database.MigratedDialectAsync());
}
