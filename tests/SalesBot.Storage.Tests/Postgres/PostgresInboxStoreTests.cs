using SalesBot.Core.Channels;

namespace SalesBot.Storage.Tests.Postgres;

/// <summary>The inbox contract on PostgreSQL; the concurrent-claimants test runs each claimant on a pool of its own, like an instance.</summary>
public sealed class PostgresInboxStoreTests : InboxStoreContractTests, IAsyncLifetime
{
    private PostgresSchema _schema = null!;

    public async Task InitializeAsync() => _schema = await PostgresSchema.CreateAsync();

    public async Task DisposeAsync() => await _schema.DisposeAsync();

    protected override async Task<IInboxStore> CreateStoreAsync() => new InboxStore(await _schema.MigratedDialectAsync());

    protected override Task<IInboxStore> OtherInstanceAsync(IInboxStore store) =>
        Task.FromResult<IInboxStore>(new InboxStore(_schema.NewDialect()));
}
