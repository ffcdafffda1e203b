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
}
