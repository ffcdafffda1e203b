using SalesBot.Core.Channels;
using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;
using SalesBot.Core.Nudges;
using SalesBot.Core.Users;

namespace SalesBot.Core.Storage;

/// <summary>
/// Everything one turn changed, written in one transaction: either all of it lands or none of it does.
/// A stale conversation version, a stale deal version or an answer version taken meanwhile
/// makes the whole commit fail with <see cref="ConcurrencyConflictException"/>.
/// </summary>
public sealed record TurnCommit(Owner Owner)
{
    public ConversationStateWrite? State { get; init; }

    /// <summary>Deals created in this turn (inserted at version 1).</summary>
    public IReadOnlyList<Deal> NewDeals { get; init; } = [];

    /// <summary>Deals changed in this turn; each is updated only if its stored version still equals <see cref="Deal.Version"/>.</summary>
    public IReadOnlyList<Deal> ChangedDeals { get; init; } = [];

    public IReadOnlyList<Answer> Answers { get; init; } = [];

    public IReadOnlyList<Touch> Touches { get; init; } = [];

    public IReadOnlyList<DealEvent> Events { get; init; } = [];

    public UserProfile? Profile { get; init; }

    /// <summary>
    /// The deliveries this turn handles, written first: one written by an earlier commit makes the whole commit fail with
    /// <see cref="DuplicateDeliveryException"/>, so a channel's retry runs once and only once its first run committed.
    /// </summary>
    public IReadOnlyList<DeliveryMark> Deliveries { get; init; } = [];

    /// <summary>The owner's address on the turn's channel, saved (and marked reachable) with the turn; null when unchanged.</summary>
    public ChannelAddress? Address { get; init; }

    /// <summary>
    /// Deals of the owner to delete for good, with every answer version, touch and audit entry (and pending nudges).
    /// A deal id the owner does not have makes the whole commit fail with <see cref="UnauthorizedAccessException"/>.
    /// </summary>
    public IReadOnlyList<string> ForgottenDealIds { get; init; } = [];

    /// <summary>
    /// "forget me": after the rest of the commit, delete everything the store keeps about the owner — deals and all under
    /// them, the profile, every conversation state of the owner, their channel addresses (and pending nudges).
    /// </summary>
    public bool ForgetOwner { get; init; }

    /// <summary>The nudges each changed deal wants now (see <see cref="NudgePlan"/>).</summary>
    public IReadOnlyList<NudgePlan> NudgePlans { get; init; } = [];

    public IReadOnlyList<NudgeSnooze> NudgeSnoozes { get; init; } = [];

    public IReadOnlyList<NudgeCompletion> NudgeCompletions { get; init; } = [];

    public bool HasDataChanges =>
        NewDeals.Count > 0 || ChangedDeals.Count > 0 || Answers.Count > 0 || Touches.Count > 0 || Events.Count > 0 || Profile is not null
        || NudgePlans.Count > 0 || NudgeSnoozes.Count > 0 || NudgeCompletions.Count > 0
        || ForgottenDealIds.Count > 0 || ForgetOwner || Deliveries.Count > 0 || Address is not null;
}
