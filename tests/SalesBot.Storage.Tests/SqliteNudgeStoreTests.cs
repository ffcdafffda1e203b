using SalesBot.Core.Nudges;
using SalesBot.Core.Storage;

namespace SalesBot.Storage.Tests;

public sealed class SqliteNudgeStoreTests : NudgeStoreContractTests, IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    protected override async Task<(ISalesBotStore Deals, INudgeStore Nudges)> CreateStoresAsync()
    {
        var dialect = await _database.MigratedDialectAsync();
        return (new SalesBotStore(dialect), new NudgeStore(dialect));
    }
}
