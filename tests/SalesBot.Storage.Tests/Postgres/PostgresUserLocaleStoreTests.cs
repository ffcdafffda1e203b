using SalesBot.Core.Storage;
using SalesBot.Core.Users;

namespace SalesBot.Storage.Tests.Postgres;

public sealed class PostgresUserLocaleStoreTests : UserLocaleStoreContractTests, IAsyncLifetime
{
    private PostgresSchema _schema = null!;

    public async Task InitializeAsync() => _schema = await PostgresSchema.CreateAsync();

    public async Task DisposeAsync() => await _schema.DisposeAsync();

    protected override async Task<(ISalesBotStore Store, IUserLocaleStore Locales)> CreateStoresAsync()
    {
        var dialect = await _schema.MigratedDialectAsync();
        return (new SalesBotStore(dialect), new UserLocaleStore(dialect));
    }
}
