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
    [InlineData("Postgres")]
    [InlineData("SqlServer")]
    public async Task HostStart_WithAProviderOtherThanSqlite_FailsWithAClearMessage(string provider)
    {
        using var host = BuildHost(new()
        {
            ["Storage:Provider"] = provider,
            ["ConnectionStrings:SalesBot"] = _database.ConnectionString,
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains($"Storage:Provider '{provider}' is not supported", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_database.Path));
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

    private static IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSalesBotStorage(builder.Configuration);
        return builder.Build();
    }
}
