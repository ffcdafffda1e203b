using SalesBot.Core.Channels;
using SalesBot.Storage.Postgres;

namespace SalesBot.Storage.Tests.Postgres;

/// <summary>The inbox contract on PostgreSQL; the concurrent-claimants test runs each claimant on a pool of its own, like an instance.</summary>
public sealed class PostgresInboxStoreTests : InboxStoreContractTests, IAsyncLifetime
{
    private PostgresSchema _schema = null!;

    public async Task InitializeAsync() => _schema = await PostgresSchema.CreateAsync();

    public async Task DisposeAsync() => await _schema.DisposeAsync();

    protected override async Task<IInboxStore> CreateStoreAsync() => new PostgresInboxStore(await _schema.MigratedDataSourceAsync());

    protected override Task<IInboxStore> OtherInstanceAsync(IInboxStore store) =>
        Task.FromResult<IInboxStore>(new PostgresInboxStore(_schema.NewDataSource()));
}
