using SalesBot.Core.Channels;
using SalesBot.Core.Storage;
using SalesBot.Storage.Postgres;

namespace SalesBot.Storage.Tests.Postgres;

public sealed class PostgresTurnDeliveryTests : TurnDeliveryContractTests, IAsyncLifetime
{
    private PostgresSchema _schema = null!;

    public async Task InitializeAsync() => _schema = await PostgresSchema.CreateAsync();

    public async Task DisposeAsync() => await _schema.DisposeAsync();

    protected override async Task<(ISalesBotStore Store, IChannelStore Channels)> CreateStoresAsync()
    {
        var source = await _schema.MigratedDataSourceAsync();
        return (new PostgresSalesBotStore(source), new PostgresChannelStore(source));
    }

    /// <summary>Another instance: its own connection pool on the same database.</summary>
    protected override ISalesBotStore? SecondInstance() => new PostgresSalesBotStore(_schema.NewDataSource());
}
