using Microsoft.Extensions.Logging.Abstractions;
using SalesBot.Core.Channels;
using SalesBot.Storage.Sqlite;

namespace SalesBot.Storage.Tests;

public sealed class SqliteChannelStoreTests : ChannelStoreContractTests, IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    protected override async Task<IChannelStore> CreateStoreAsync()
    {
        var connections = new SqliteConnectionFactory(_database.ConnectionString);
        await new SqliteMigrator(connections, TimeProvider.System, NullLogger<SqliteMigrator>.Instance).MigrateAsync(Ct);
        return new SqliteChannelStore(connections, new SqliteWriteGate());
    }
}
