using SalesBot.Core.Channels;
using SalesBot.Core.Storage;
using SalesBot.Storage.Postgres;

namespace SalesBot.Storage.Tests.Postgres;

public sealed class PostgresLiveQuestionStoreTests : LiveQuestionStoreContractTests, IAsyncLifetime
{
    private PostgresSchema _schema = null!;

    public async Task InitializeAsync() => _schema = await PostgresSchema.CreateAsync();

    public async Task DisposeAsync() => await _schema.DisposeAsync();

    protected override async Task<(ISalesBotStore Store, ILiveQuestionStore Questions)> CreateStoresAsync()
    {
        var source = await _schema.MigratedDataSourceAsync();
        return (new PostgresSalesBotStore(source), new PostgresLiveQuestionStore(source));
    }
}
