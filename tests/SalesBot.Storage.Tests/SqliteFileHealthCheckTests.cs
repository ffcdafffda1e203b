using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using SalesBot.Core.Conversations;
using SalesBot.Core.Storage;
using SalesBot.Storage.Sqlite;

namespace SalesBot.Storage.Tests;

/// <summary>
/// The database file turns unwritable under a running host: the connections it keeps open still commit into the WAL,
/// so the store's own write probe passes, but some new connections open the file read-only and refuse writes. The
/// "sqlite" readiness check must say so and which file, write nothing itself, and be healthy again once it is writable.
/// </summary>
public sealed class SqliteFileHealthCheckTests : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task DatabaseFileUnwritable_IsDegradedNamingTheFile_ThoughKeptOpenConnectionsStillCommit_AndHealthyAgainAfter()
    {
        using var host = BuildHost();
        await host.StartAsync();
        var store = host.Services.GetRequiredService<ISalesBotStore>();
        var owner = new Owner("t", "u");
        await store.CommitAsync(new TurnCommit(owner) { State = new ConversationStateWrite("chat", "{}", 0) }, Ct);
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(host)).Status);

        HealthReportEntry unwritable;
        using (new UnwritableFile(_database.Path))
        {
            unwritable = await CheckAsync(host);
            // Why the store's own probe is not enough: a kept-open connection still takes the write.
            await store.CommitAsync(new TurnCommit(owner) { State = new ConversationStateWrite("chat", "{\"n\":2}", 1) }, Ct);
        }

        Assert.Equal(HealthStatus.Degraded, unwritable.Status);
        Assert.StartsWith($"SalesBot may not write '{_database.Path}': ", unwritable.Description, StringComparison.Ordinal);
        Assert.EndsWith("; turns may fail until it is writable.", unwritable.Description, StringComparison.Ordinal);
        Assert.Equal(2, (await store.LoadConversationAsync("chat", Ct))!.Version);
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(host)).Status);
        await host.StopAsync();
    }

    [Theory]
    [InlineData("-wal")]
    [InlineData("-shm")] // nothing may touch the database meanwhile: a write to the mapped -shm would kill the process (SIGBUS)
    public async Task CompanionFileUnwritable_IsDegradedNamingIt(string suffix)
    {
        using var host = BuildHost();
        await host.StartAsync();

        HealthReportEntry unwritable;
        using (new UnwritableFile(_database.Path + suffix))
        {
            unwritable = await CheckAsync(host);
        }

        Assert.Equal(HealthStatus.Degraded, unwritable.Status);
        Assert.StartsWith($"SalesBot may not write '{_database.Path}{suffix}': ", unwritable.Description, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(host)).Status);
        await host.StopAsync();
    }

    [Fact]
    public async Task WhenEverythingIsWritable_IsHealthy_AndWritesNothing()
    {
        using var host = BuildHost();
        await host.StartAsync();
        var before = await File.ReadAllBytesAsync(_database.Path + "-wal");

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HealthStatus.Healthy, (await CheckAsync(host)).Status);
        }

        Assert.Equal(before, await File.ReadAllBytesAsync(_database.Path + "-wal"));
        Assert.Null(await host.Services.GetRequiredService<ISalesBotStore>().LoadConversationAsync("chat", Ct));
        await host.StopAsync();
    }

    private static async Task<HealthReportEntry> CheckAsync(IHost host)
    {
        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Name == SqliteFileHealthCheck.Name, Ct);
        return report.Entries[SqliteFileHealthCheck.Name];
    }

    private IHost BuildHost()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:SalesBot"] = _database.ConnectionString });
        builder.Services.AddSalesBotStorage(builder.Configuration);
        return builder.Build();
    }
}
