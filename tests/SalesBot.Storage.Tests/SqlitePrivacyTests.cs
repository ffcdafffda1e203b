using Dapper;
using Microsoft.Data.Sqlite;
using SalesBot.Core.Channels;
using SalesBot.Core.Nudges;
using SalesBot.Core.Storage;

namespace SalesBot.Storage.Tests;

public sealed class SqlitePrivacyTests : PrivacyContractTests, IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    protected override async Task<(ISalesBotStore Store, IChannelStore Channels, INudgeStore Nudges)> CreateAllStoresAsync()
    {
        var dialect = await _database.MigratedDialectAsync();
        return (new SalesBotStore(dialect), new ChannelStore(dialect), new NudgeStore(dialect));
    }

    protected override async Task<ISalesBotStore> MigrateOldConversationKeysAsync(IReadOnlyList<string> oldKeys)
    {
        var dialect = await _database.MigratedDialectAsync();
        await using (var connection = new SqliteConnection(_database.ConnectionString))
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

        await TempDatabase.Migrator(dialect).MigrateAsync(Ct);
        return new SalesBotStore(dialect);
    }
}
