using Microsoft.Extensions.Logging.Abstractions;
using SalesBot.Core.Channels;
using SalesBot.Core.Storage;
using SalesBot.Storage.Sqlite;

namespace SalesBot.Storage.Tests;

public sealed class SqliteInboxStoreTests : InboxStoreContractTests, IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    protected override async Task<IInboxStore> CreateStoreAsync()
    {
        var connections = new SqliteConnectionFactory(_database.ConnectionString);
        await new SqliteMigrator(connections, TimeProvider.System, NullLogger<SqliteMigrator>.Instance).MigrateAsync(Ct);
        return new SqliteInboxStore(connections, new SqliteWriteGate());
    }

    /// <summary>Another process on the same file: its own connections and its own write gate (SQLite's lock decides).</summary>
    protected override Task<IInboxStore> OtherInstanceAsync(IInboxStore store) =>
        Task.FromResult<IInboxStore>(new SqliteInboxStore(new SqliteConnectionFactory(_database.ConnectionString), new SqliteWriteGate()));
}
