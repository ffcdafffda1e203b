using SalesBot.Core.Storage;
using SalesBot.Core.Users;

namespace SalesBot.Storage.Tests;

public sealed class SqliteUserLocaleStoreTests : UserLocaleStoreContractTests, IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    protected override async Task<(ISalesBotStore Store, IUserLocaleStore Locales)> CreateStoresAsync()
    {
        var dialect = await _database.MigratedDialectAsync();
        return (new SalesBotStore(dialect), new UserLocaleStore(dialect));
    }
}
