using SalesBot.Core.Channels;
using SalesBot.Core.Storage;

namespace SalesBot.Storage.Tests;

public sealed class SqliteLiveQuestionStoreTests : LiveQuestionStoreContractTests, IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    protected override async Task<(ISalesBotStore Store, ILiveQuestionStore Questions)> CreateStoresAsync()
    {
        var dialect = await _database.MigratedDialectAsync();
        return (new SalesBotStore(dialect), new LiveQuestionStore(dialect));
    }
}
