using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;
using SalesBot.Core.Users;

namespace SalesBot.Core.Storage;

/// <summary>
/// The store contract. Every read is scoped by <see cref="Owner"/>: one user's deals never show to another.
/// Implemented on SQLite (the embedded default) and PostgreSQL (scale-out); one contract test suite covers both.
/// </summary>
public interface ISalesBotStore
{
    Task<ConversationState?> LoadConversationAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Everything a turn reads before its dialogs run, in one read of one consistent moment (one round trip on
    /// PostgreSQL): the delivery check, the conversation's stack, the owner's profile and deals, and the answers and
    /// touches of the deal the stack works on.
    /// </summary>
    Task<TurnStart> LoadTurnStartAsync(TurnStartRead read, CancellationToken cancellationToken);

    /// <summary>The answers and touches of the deal, and its audit entries when <paramref name="withEvents"/>, in one read.</summary>
    Task<DealRecord> GetDealRecordAsync(Owner owner, string dealId, bool withEvents, CancellationToken cancellationToken);

    Task<IReadOnlyList<Deal>> ListDealsAsync(Owner owner, CancellationToken cancellationToken);

    Task<Deal?> GetDealAsync(Owner owner, string dealId, CancellationToken cancellationToken);

    /// <summary>Every version of every answer of the deal, oldest first.</summary>
    Task<IReadOnlyList<Answer>> GetAnswersAsync(Owner owner, string dealId, CancellationToken cancellationToken);

    /// <summary>Touches of the deal, oldest first.</summary>
    Task<IReadOnlyList<Touch>> GetTouchesAsync(Owner owner, string dealId, CancellationToken cancellationToken);

    /// <summary>Audit entries of the deal, oldest first.</summary>
    Task<IReadOnlyList<DealEvent>> GetEventsAsync(Owner owner, string dealId, CancellationToken cancellationToken);

    Task<UserProfile?> GetProfileAsync(Owner owner, CancellationToken cancellationToken);

    /// <summary>
    /// Whether a commit already wrote one of these <see cref="DeliveryMark"/>s less than a day before <paramref name="now"/>:
    /// one read, for skipping a known retry early. Only the commit decides for certain.
    /// </summary>
    Task<bool> IsDeliveredAsync(string channelId, IReadOnlyList<string> deliveryIds, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Writes everything a turn changed atomically; throws <see cref="ConcurrencyConflictException"/> on a stale version.</summary>
    Task CommitAsync(TurnCommit commit, CancellationToken cancellationToken);

    /// <summary>
    /// Retention: deletes, across all owners, the deals closed (won, lost, dropped) whose last change is before
    /// <paramref name="closedBefore"/>, with their answers, touches and audit entries. Open deals are never purged.
    /// Returns how many deals were deleted.
    /// </summary>
    Task<int> PurgeClosedDealsAsync(DateTimeOffset closedBefore, CancellationToken cancellationToken);
}
