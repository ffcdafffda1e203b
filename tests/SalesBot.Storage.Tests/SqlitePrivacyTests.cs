using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using SalesBot.Core.Channels;
using SalesBot.Core.Nudges;
using SalesBot.Core.Storage;
using SalesBot.Storage.Sqlite;

namespace SalesBot.Storage.Tests;

public sealed class SqlitePrivacyTests : PrivacyContractTests, IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    protected override async Task<(ISalesBotStore Store, IChannelStore Channels, INudgeStore Nudges)> CreateAllStoresAsync()
    {
        var connections = new SqliteConnectionFactory(_database.ConnectionString);
        await new SqliteMigrator(connections, TimeProvider.System, NullLogger<SqliteMigrator>.Instance).MigrateAsync(Ct);
        var gate = new SqliteWriteGate();
        return (new SqliteSalesBotStore(connections, gate), new SqliteChannelStore(connections, gate), new SqliteNudgeStore(connections, gate));
    }

    protected override async Task<ISalesBotStore> MigrateOldConversationKeysAsync(IReadOnlyList<string> oldKeys)
    {
        var connections = new SqliteConnectionFactory(_database.ConnectionString);
        var migrator = new SqliteMigrator(connections, TimeProvider.System, NullLogger<SqliteMigrator>.Instance);
        await migrator.MigrateAsync(Ct);
        await using (var connection = await connections.OpenAsync(Ct))
        {
            // Back to schema 3: rows written the old way, scripts 4 to 6 not yet run (what 5 and 6 added dropped so they can run again).
            await connection.ExecuteAsync("ALTER TABLE nudges DROP COLUMN sending_at");
            await connection.ExecuteAsync("DROP TABLE inbox");
            await connection.ExecuteAsync("DROP TABLE live_questions");
            await connection.ExecuteAsync("DELETE FROM schema_version WHERE version >= 4");
            foreach (var key in oldKeys)
            {
                await connection.ExecuteAsync(
                    "INSERT INTO conversation_states (conversation_key, json, version) VALUES (@key, @json, 7)", new { key, json = OldJson(key) });
            }
        }

        await migrator.MigrateAsync(Ct);
        return new SqliteSalesBotStore(connections, new SqliteWriteGate());
    }
}
