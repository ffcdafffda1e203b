using SalesBot.Core.Deals;
using SalesBot.Core.Storage;

namespace SalesBot.Bench.Store;

/// <summary>
/// Seeds deals the way turns write them: <see cref="ISalesBotStore.CommitAsync"/> with <see cref="TurnCommit.NewDeals"/>.
/// A commit belongs to one owner (the store refuses deals of another), so each owner gets its share in commits of at most
/// <see cref="DealsPerCommit"/> deals.
/// </summary>
internal sealed class StoreSeeder(ISalesBotStore store, TimeProvider time)
{
    public const int DealsPerCommit = 5_000;

    /// <summary>Adds deals until every owner in <paramref name="book"/> has <paramref name="perOwner"/>.</summary>
    public async Task TopUpAsync(DealBook book, int perOwner, CancellationToken cancellationToken)
    {
        for (var i = 0; i < book.Owners.Count; i++)
        {
            var owner = book.Owners[i];
            for (var missing = perOwner - book.CountOf(i); missing > 0; missing -= DealsPerCommit)
            {
                var now = time.GetUtcNow();
                var deals = Enumerable.Range(0, Math.Min(missing, DealsPerCommit))
                    .Select(k => Deal.Start(owner, $"Prospect {owner.UserId}-{perOwner - missing + k}", now))
                    .ToList();
                await store.CommitAsync(new TurnCommit(owner) { NewDeals = deals }, cancellationToken);
                foreach (var deal in deals)
                {
                    book.Add(i, deal.Id);
                }
            }
        }
    }
}
