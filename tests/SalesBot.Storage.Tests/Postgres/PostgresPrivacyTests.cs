using Dapper;
using SalesBot.Core.Channels;
using SalesBot.Core.Nudges;
using SalesBot.Core.Storage;
using SalesBot.Storage.Postgres;

namespace SalesBot.Storage.Tests.Postgres;

/// <summary>Forgetting deals and owners, and retention, on PostgreSQL.</summary>
public sealed class PostgresPrivacyTests : PrivacyContractTests, IAsyncLifetime
{
    private PostgresSchema _schema = null!;

    public async Task InitializeAsync() => _schema = await PostgresSchema.CreateAsync();

    public async Task DisposeAsync() => await _schema.DisposeAsync();

    protected override async Task<(ISalesBotStore Store, IChannelStore Channels, INudgeStore Nudges)> CreateAllStoresAsync()
    {
        var source = await _schema.MigratedDataSourceAsync();
        return (new PostgresSalesBotStore(source), new PostgresChannelStore(source), new PostgresNudgeStore(source));
    }

    protected override async Task<ISalesBotStore> MigrateOldConversationKeysAsync(IReadOnlyList<string> oldKeys)
    {
        var source = await _schema.MigratedDataSourceAsync();
        await using (var connection = await source.OpenConnectionAsync(Ct))
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

        await PostgresSchema.Migrator(source).MigrateAsync(Ct);
        return new PostgresSalesBotStore(source);
    }
}
