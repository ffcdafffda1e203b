using SalesBot.Core.Channels;
using SalesBot.Storage.Postgres;

namespace SalesBot.Storage.Tests.Postgres;

public sealed class PostgresChannelStoreTests : ChannelStoreContractTests, IAsyncLifetime
{
    private PostgresSchema _schema = null!;

    public async Task InitializeAsync() => _schema = await PostgresSchema.CreateAsync();

    public async Task DisposeAsync() => await _schema.DisposeAsync();

    protected override async Task<IChannelStore> CreateStoreAsync() => new ChannelStore(await _schema.MigratedDialectAsync());

    [Fact]
    public async Task TheSameDelivery_ReceivedByTwoInstancesAtOnce_IsNewForExactlyOne()
    {
        var first = await CreateStoreAsync();
        var second = new ChannelStore(_schema.NewDialect());

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            Task.Run(() => (i % 2 == 0 ? first : second).TryRecordDeliveryAsync("msteams", "activity-42", T0, Ct))));

        Assert.Single(outcomes, isNew => isNew);
    }
}
