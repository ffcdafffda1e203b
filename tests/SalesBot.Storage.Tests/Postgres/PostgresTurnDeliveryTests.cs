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
        var dialect = await _schema.MigratedDialectAsync();
        return (new SalesBotStore(dialect), new ChannelStore(dialect));
    }

    /// <summary>Another instance: its own connection pool on the same database.</summary>
    protected override ISalesBotStore? SecondInstance() => new SalesBotStore(_schema.NewDialect());
}
