using SalesBot.Core.Channels;
using SalesBot.Core.Storage;

namespace SalesBot.Storage.Tests.Postgres;

public sealed class PostgresLiveQuestionStoreTests : LiveQuestionStoreContractTests, IAsyncLifetime
{
    private PostgresSchema _schema = null!;

    public async Task InitializeAsync() => _schema = await PostgresSchema.CreateAsync();

    public async Task DisposeAsync() => await _schema.DisposeAsync();

    protected override async Task<(ISalesBotStore Store, ILiveQuestionStore Questions)> CreateStoresAsync()
    {
        var dialect = await _schema.MigratedDialectAsync();
        return (new SalesBotStore(dialect), new LiveQuestionStore(dialect));
    }
}
