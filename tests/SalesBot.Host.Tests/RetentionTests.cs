using SalesBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;
using SalesBot.Core.Storage;
using SalesBot.Host.Privacy;

namespace SalesBot.Host.Tests;

/// <summary>Privacy:RetentionDays: closed deals past the period go, with their answers; open and recent ones stay.</summary>
public sealed class RetentionTests
{
    private static readonly Owner Ann = new("local", "ann");

    [Fact]
    public async Task Purge_DeletesClosedDealsOlderThanTheRetentionOnTheServersClock_AndKeepsTheRest()
    {
        await using var server = SalesBotServer.With(new Dictionary<string, string?> { ["Privacy:RetentionDays"] = "30" });
        var now = server.Clock.GetUtcNow();
        var old = await SeedAsync(server.Store, "Old lost", now.AddDays(-40), DealStatus.Lost);
        var recent = await SeedAsync(server.Store, "Recent lost", now.AddDays(-10), DealStatus.Lost);
        var open = await SeedAsync(server.Store, "Old open", now.AddDays(-400), null);

        // The background purge also runs once when the host starts; under load that pass can reach the database after
        // the seeding, before or even while this call runs, and take the old deal first. Either way exactly one deal
        // goes, once: this call takes it or finds it taken, and a second call finds nothing more.
        var retention = server.Services.GetRequiredService<RetentionService>();
        var purged = await retention.PurgeOnceAsync(default);

        Assert.InRange(purged, 0, 1);
        Assert.Equal(0, await retention.PurgeOnceAsync(default));
        Assert.Null(await server.Store.GetDealAsync(Ann, old.Id, default));
        Assert.Empty(await server.Store.GetAnswersAsync(Ann, old.Id, default));
        Assert.NotNull(await server.Store.GetDealAsync(Ann, recent.Id, default));
        Assert.NotNull(await server.Store.GetDealAsync(Ann, open.Id, default));

        // 21 days later on the server's clock the background purge (every 6 hours, on that clock) has run by itself.
        server.Clock.Advance(TimeSpan.FromDays(21));
        for (var tries = 0; await server.Store.GetDealAsync(Ann, recent.Id, default) is not null; tries++)
        {
            Assert.True(tries < 200, "the background purge did not run after the clock passed its interval");
            await Task.Delay(50);
        }

        Assert.NotNull(await server.Store.GetDealAsync(Ann, open.Id, default));
        Assert.Equal(0, await retention.PurgeOnceAsync(default));
    }

    [Fact]
    public async Task RetentionZero_KeepsEverything()
    {
        await using var server = new SalesBotServer();
        var old = await SeedAsync(server.Store, "Ancient", server.Clock.GetUtcNow().AddYears(-5), DealStatus.Won);

        Assert.Equal(0, await server.Services.GetRequiredService<RetentionService>().PurgeOnceAsync(default));
        Assert.NotNull(await server.Store.GetDealAsync(Ann, old.Id, default));
    }

    private static async Task<Deal> SeedAsync(ISalesBotStore store, string prospect, DateTimeOffset at, DealStatus? closed)
    {
        var deal = Deal.Start(Ann, prospect, at);
        await store.CommitAsync(
            new TurnCommit(Ann) { NewDeals = [deal], Answers = [Answers.Of("screen", "serious", "yes", at: at, dealId: deal.Id, by: "ann")] },
            default);
        if (closed is { } status)
        {
            deal.Close(status, "reason", at);
            await store.CommitAsync(new TurnCommit(Ann) { ChangedDeals = [deal] }, default);
        }

        return deal;
    }
}
