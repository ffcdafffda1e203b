using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SalesBot.Core.Conversations;
using SalesBot.Core.Storage;

namespace SalesBot.Storage.Tests;

public sealed class StorageServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task HostStart_WithDefaultProvider_MigratesTheConfiguredFile_SoTheStoreWorksAtOnce()
    {
        using var host = BuildHost(new() { ["ConnectionStrings:SalesBot"] = _database.ConnectionString });

        await host.StartAsync();
        var store = host.Services.GetRequiredService<ISalesBotStore>();
        await store.CommitAsync(
            new TurnCommit(new Owner("t", "u")) { State = new ConversationStateWrite("chat", "{}", 0) }, CancellationToken.None);

        Assert.True(File.Exists(_database.Path));
        Assert.Equal(1, (await store.LoadConversationAsync("chat", CancellationToken.None))!.Version);
        Assert.Same(store, host.Services.GetRequiredService<ISalesBotStore>());
        await host.StopAsync();
    }

    [Theory]
    [InlineData("SqlServer")]
    [InlineData("Oracle")]
    public async Task HostStart_WithAnUnknownProvider_FailsWithAClearMessage_AndCreatesNothing(string provider)
    {
        using var host = BuildHost(new()
        {
            ["Storage:Provider"] = provider,
            ["ConnectionStrings:SalesBot"] = _database.ConnectionString,
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains($"Storage:Provider '{provider}' is not supported", error.Message, StringComparison.Ordinal);
        Assert.Contains("'Postgres'", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_database.Path));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Data Source=salesbot.db")]
    [InlineData("Port=5432;Database=salesbot")]
    [InlineData("Host=db;Password=s3cret-value;NoSuchKeyword=1")]
    public async Task HostStart_WithPostgresAndNoUsableConnectionString_FailsWithAClearMessage_WithoutTheSecret(string? connectionString)
    {
        using var host = BuildHost(new()
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:SalesBot"] = connectionString,
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Storage:Provider is 'Postgres' but ConnectionStrings:SalesBot", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-value", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists("salesbot.db"));
    }

    [Fact]
    public void Options_WithoutAConnectionString_UseSalesbotDbInTheWorkingFolder()
    {
        using var host = BuildHost([]);

        var options = host.Services.GetRequiredService<IOptions<StorageOptions>>().Value;

        Assert.Equal("Data Source=salesbot.db", options.ConnectionString);
        Assert.Equal("Sqlite", options.Provider);
    }

    [Fact]
    public void Options_ConnectionString_ComesFromConnectionStringsSalesBot()
    {
        using var host = BuildHost(new()
        {
            ["ConnectionStrings:SalesBot"] = "Data Source=elsewhere.db",
            ["Storage:ConnectionString"] = "Data Source=ignored.db",
        });

        Assert.Equal("Data Source=elsewhere.db", host.Services.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString);
    }

    [Fact]
    public async Task DataProtection_IsRegisteredByTheStorage_WithItsKeysInTheKeysFolder_AndNotInTheFile()
    {
        var folder = Directory.CreateTempSubdirectory("salesbot-keys-");
        try
        {
            using var host = BuildHost(new()
            {
                ["ConnectionStrings:SalesBot"] = _database.ConnectionString,
                ["Slack:KeysFolder"] = folder.FullName,
            });
            await host.StartAsync();

            var protector = host.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("export-link");

            Assert.Equal("deal-1", protector.Unprotect(protector.Protect("deal-1")));
            Assert.Single(folder.GetFiles("key-*.xml"));
            Assert.IsType<FileSystemXmlRepository>(host.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository);
            await host.StopAsync();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSalesBotStorage(builder.Configuration);
        return builder.Build();
    }
}
