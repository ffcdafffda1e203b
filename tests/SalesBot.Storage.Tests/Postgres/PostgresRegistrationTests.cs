using Dapper;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using SalesBot.Core.Channels;
using SalesBot.Core.Conversations;
using SalesBot.Core.Storage;
using SalesBot.Storage.Postgres;

namespace SalesBot.Storage.Tests.Postgres;

/// <summary>Storage:Provider = Postgres through the host: migrate on start, the PostgreSQL stores, one Data Protection key ring for every instance.</summary>
public sealed class PostgresRegistrationTests : IAsyncLifetime
{
    private PostgresSchema _schema = null!;

    public async Task InitializeAsync() => _schema = await PostgresSchema.CreateAsync();

    public async Task DisposeAsync() => await _schema.DisposeAsync();

    [Theory]
    [InlineData("Postgres")]
    [InlineData("postgresql")]
    public async Task HostStart_WithPostgres_MigratesTheDatabase_AndUsesThePostgresStores(string provider)
    {
        using var host = BuildHost(provider);

        await host.StartAsync();
        var store = host.Services.GetRequiredService<ISalesBotStore>();
        await store.CommitAsync(new TurnCommit(new Owner("t", "u")) { State = new ConversationStateWrite("chat", "{}", 0) }, CancellationToken.None);

        Assert.IsType<PostgresDialect>(host.Services.GetRequiredService<SalesBot.Storage.Sql.SqlDialect>());
        Assert.IsType<SalesBotStore>(Assert.IsType<TracedSalesBotStore>(store).Inner);
        Assert.IsType<ChannelStore>(host.Services.GetRequiredService<IChannelStore>());
        Assert.Equal(1, (await store.LoadConversationAsync("chat", CancellationToken.None))!.Version);
        Assert.Equal(1L, await ScalarAsync<long>("SELECT count(*) FROM conversation_states"));
        await host.StopAsync();
    }

    [Fact]
    public async Task TwoInstances_ShareTheDataProtectionKeys_SoOneReadsWhatTheOtherProtected()
    {
        using var first = BuildHost("Postgres");
        using var second = BuildHost("Postgres");
        await first.StartAsync();
        await second.StartAsync();

        var secret = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("slack-token").Protect("xoxb-123");
        var read = second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("slack-token").Unprotect(secret);

        Assert.Equal("xoxb-123", read);
        Assert.Equal(1L, await ScalarAsync<long>("SELECT count(*) FROM data_protection_keys"));
        Assert.Contains("<key ", await ScalarAsync<string>("SELECT xml FROM data_protection_keys"), StringComparison.Ordinal);
        await first.StopAsync();
        await second.StopAsync();
    }

    [Fact]
    public async Task WithSqlite_TheDataProtectionKeysStayOutOfTheDatabase()
    {
        var folder = Directory.CreateTempSubdirectory("salesbot-keys-");
        try
        {
            var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:SalesBot"] = $"Data Source={Path.Combine(folder.FullName, "salesbot.db")}",
            });
            builder.Services.AddSalesBotStorage(builder.Configuration);
            builder.Services.AddDataProtection();
            using var host = builder.Build();
            await host.StartAsync();

            var options = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>>();

            Assert.IsNotType<PostgresXmlRepository>(options.Value.XmlRepository);
            await host.StopAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task WithAKeysFolder_TheKeysGoToTheFolder_AndNoneToTheDatabase()
    {
        var folder = Directory.CreateTempSubdirectory("salesbot-keys-");
        try
        {
            // No AddDataProtection of its own: the storage registers Data Protection, and says where its keys live.
            using var host = BuildHost("Postgres", folder.FullName, addDataProtection: false);
            await host.StartAsync();

            var protector = host.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("slack-token");
            Assert.Equal("xoxb-123", protector.Unprotect(protector.Protect("xoxb-123")));

            Assert.Single(folder.GetFiles("key-*.xml"));
            Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM data_protection_keys"));
            await host.StopAsync();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private IHost BuildHost(string provider, string? keysFolder = null, bool addDataProtection = true)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = provider,
            ["ConnectionStrings:SalesBot"] = _schema.ConnectionString,
            ["Slack:KeysFolder"] = keysFolder,
        });
        builder.Services.AddSalesBotStorage(builder.Configuration);
        if (addDataProtection)
        {
            builder.Services.AddDataProtection();
        }

        return builder.Build();
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(_schema.ConnectionString);
        return (await connection.ExecuteScalarAsync<T>(sql))!;
    }
}
