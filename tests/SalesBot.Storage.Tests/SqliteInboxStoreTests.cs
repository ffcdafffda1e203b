using SalesBot.Core.Channels;

namespace SalesBot.Storage.Tests;

public sealed class SqliteInboxStoreTests : InboxStoreContractTests, IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    protected override async Task<IInboxStore> CreateStoreAsync() => new InboxStore(await _database.MigratedDialectAsync());

    /// <summary>Another process on the same file: its own connections and its own write gate (SQLite's lock decides).</summary>
    protected override Task<IInboxStore> OtherInstanceAsync(IInboxStore store) => Task.FromResult<IInboxStore>(new InboxStore(_database.NewDialect()));
}
