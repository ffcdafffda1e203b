using Microsoft.Extensions.Logging.Abstractions;
using SalesBot.Core.Channels;
using SalesBot.Core.Storage;
using SalesBot.Storage.Sqlite;

namespace SalesBot.Storage.Tests;

public sealed class SqliteLiveQuestionStoreTests : LiveQuestionStoreContractTests, IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    protected override async Task<(ISalesBotStore Store, ILiveQuestionStore Questions)> CreateStoresAsync()
    {
        var connections = new SqliteConnectionFactory(_database.ConnectionString);
        await new SqliteMigrator(connections, TimeProvider.System, NullLogger<SqliteMigrator>.Instance).MigrateAsync(Ct);
        var gate = new SqliteWriteGate();
        return (new SqliteSalesBotStore(connections, gate), new SqliteLiveQuestionStore(connections, gate));
    }
}
