using SalesBot.Core.Channels;
using SalesBot.Core.Storage;

namespace SalesBot.Storage.Tests;

public sealed class SqliteTurnDeliveryTests : TurnDeliveryContractTests, IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    protected override async Task<(ISalesBotStore Store, IChannelStore Channels)> CreateStoresAsync()
    {
        var dialect = await _database.MigratedDialectAsync();
        return (new SalesBotStore(dialect), new ChannelStore(dialect));
    }

    /// <summary>SQLite serves one process; its second writer is the same store.</summary>
    protected override ISalesBotStore? SecondInstance() => null;
}
