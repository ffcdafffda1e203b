using SalesBot.Core.Deals;
using SalesBot.Core.Nudges;
using SalesBot.Core.Storage;
using SalesBot.Storage.Postgres;

namespace SalesBot.Storage.Tests.Postgres;

/// <summary>The nudge outbox contract on PostgreSQL, plus several instances' dispatchers claiming from one outbox at once.</summary>
public sealed class PostgresNudgeStoreTests : NudgeStoreContractTests, IAsyncLifetime
{
    private PostgresSchema _schema = null!;

    public async Task InitializeAsync() => _schema = await PostgresSchema.CreateAsync();

    public async Task DisposeAsync() => await _schema.DisposeAsync();

    protected override async Task<(ISalesBotStore Deals, INudgeStore Nudges)> CreateStoresAsync()
    {
        var dialect = await _schema.MigratedDialectAsync();
        return (new SalesBotStore(dialect), new NudgeStore(dialect));
    }

    [Fact]
    public async Task DispatchersOfFourInstances_ClaimingAtOnce_SendEveryDueNudgeExactlyOnce()
    {
        var (deals, _) = await CreateStoresAsync();
        var deal = Deal.Start(Alice, "Acme", T0);
        var due = Enumerable.Range(0, 200)
            .Select(i => new Nudge(Nudge.MakeId(deal.Id, NudgeKind.Stalled, T0.AddSeconds(i)), Alice, deal.Id, NudgeKind.Stalled, T0.AddSeconds(i), T0))
            .ToList();
        await deals.CommitAsync(new TurnCommit(Alice) { NewDeals = [deal], NudgePlans = [new NudgePlan(deal.Id, due)] }, Ct);
        var now = T0.AddHours(1);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Each "instance" has its own pool and claims small batches until nothing is left, marking each claim sent.
        var dispatchers = Enumerable.Range(0, 4).Select(instance => Task.Run(async () =>
        {
            var outbox = new NudgeStore(_schema.NewDialect());
            var sent = new List<string>();
            await start.Task;
            while (await outbox.ClaimDueAsync(now, $"instance-{instance}", TimeSpan.FromMinutes(2), 7, Ct) is { Count: > 0 } batch)
            {
                foreach (var nudge in batch)
                {
                    Assert.True(await outbox.MarkSentAsync(nudge.Id, $"instance-{instance}", now, Ct));
                    sent.Add(nudge.Id);
                }
            }

            return sent;
        })).ToList();
        start.SetResult();
        var sentByInstance = await Task.WhenAll(dispatchers);

        var sent = sentByInstance.SelectMany(ids => ids).ToList();
        Assert.Equal(due.Select(nudge => nudge.Id).Order(), sent.Order());
        Assert.Equal(sent.Count, sent.Distinct().Count());
        Assert.Empty(await new NudgeStore(_schema.NewDialect()).ListDueAsync(now, 10, Ct));
    }
}
