using System.Diagnostics;
using System.Runtime.CompilerServices;
using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;
using SalesBot.Core.Storage;
using SalesBot.Core.Users;

namespace SalesBot.Storage;

/// <summary>
/// The store with one client span per call ("store LoadConversation", "store Commit", ...) from <see cref="StorageTracing.SourceName"/>:
/// the database system and the operation only, never keys, ids or values. Without a listener it costs a null check.
/// </summary>
internal sealed class TracedSalesBotStore(ISalesBotStore inner, StorageProvider provider) : ISalesBotStore
{
    private static readonly ActivitySource Source = new(StorageTracing.SourceName);

    private readonly string _system = provider == StorageProvider.Postgres ? "postgresql" : "sqlite";

    /// <summary>The provider's own store.</summary>
    public ISalesBotStore Inner => inner;

    public Task<ConversationState?> LoadConversationAsync(string key, CancellationToken cancellationToken) =>
        Traced(() => inner.LoadConversationAsync(key, cancellationToken));

    public Task<TurnStart> LoadTurnStartAsync(TurnStartRead read, CancellationToken cancellationToken) =>
        Traced(() => inner.LoadTurnStartAsync(read, cancellationToken));

    public Task<DealRecord> GetDealRecordAsync(Owner owner, string dealId, bool withEvents, CancellationToken cancellationToken) =>
        Traced(() => inner.GetDealRecordAsync(owner, dealId, withEvents, cancellationToken));

    public Task<IReadOnlyList<Deal>> ListDealsAsync(Owner owner, CancellationToken cancellationToken) =>
        Traced(() => inner.ListDealsAsync(owner, cancellationToken));

    public Task<Deal?> GetDealAsync(Owner owner, string dealId, CancellationToken cancellationToken) =>
        Traced(() => inner.GetDealAsync(owner, dealId, cancellationToken));

    public Task<IReadOnlyList<Answer>> GetAnswersAsync(Owner owner, string dealId, CancellationToken cancellationToken) =>
        Traced(() => inner.GetAnswersAsync(owner, dealId, cancellationToken));

    public Task<IReadOnlyList<Touch>> GetTouchesAsync(Owner owner, string dealId, CancellationToken cancellationToken) =>
        Traced(() => inner.GetTouchesAsync(owner, dealId, cancellationToken));

    public Task<IReadOnlyList<DealEvent>> GetEventsAsync(Owner owner, string dealId, CancellationToken cancellationToken) =>
        Traced(() => inner.GetEventsAsync(owner, dealId, cancellationToken));

    public Task<UserProfile?> GetProfileAsync(Owner owner, CancellationToken cancellationToken) =>
        Traced(() => inner.GetProfileAsync(owner, cancellationToken));

    public Task<bool> IsDeliveredAsync(string channelId, IReadOnlyList<string> deliveryIds, DateTimeOffset now, CancellationToken cancellationToken) =>
        Traced(() => inner.IsDeliveredAsync(channelId, deliveryIds, now, cancellationToken));

    public Task CommitAsync(TurnCommit commit, CancellationToken cancellationToken) =>
        Traced(async () =>
        {
            await inner.CommitAsync(commit, cancellationToken);
            return true;
        });

    public Task<int> PurgeClosedDealsAsync(DateTimeOffset closedBefore, CancellationToken cancellationToken) =>
        Traced(() => inner.PurgeClosedDealsAsync(closedBefore, cancellationToken));

    private async Task<T> Traced<T>(Func<Task<T>> call, [CallerMemberName] string method = "")
    {
        var operation = method.EndsWith("Async", StringComparison.Ordinal) ? method[..^5] : method;
        using var activity = Source.StartActivity("store " + operation, ActivityKind.Client);
        if (activity is null)
        {
            return await call();
        }

        activity.SetTag("db.system.name", _system).SetTag("db.operation.name", operation);
        try
        {
            return await call();
        }
        catch (Exception ex)
        {
            // The type only: database messages can quote values.
            activity.SetStatus(ActivityStatusCode.Error).SetTag("error.type", ex.GetType().Name);
            throw;
        }
    }
}
