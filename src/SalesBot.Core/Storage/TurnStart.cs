using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;
using SalesBot.Core.Users;

namespace SalesBot.Core.Storage;

/// <summary>The answer to a <see cref="TurnStartRead"/>, all of it as of one moment.</summary>
/// <param name="Delivered">Whether a commit already handled one of the delivery ids (the turn is a repeat).</param>
/// <param name="Conversation">The stored dialog stack, or null when none is stored.</param>
/// <param name="Profile">The owner's profile, or null when none is stored.</param>
/// <param name="Deals">The owner's deals, oldest first (as <see cref="ISalesBotStore.ListDealsAsync"/>).</param>
/// <param name="DealId">The deal the stored stack works on (<see cref="ConversationStateWrite.DealId"/>), when it is one of <paramref name="Deals"/>.</param>
/// <param name="DealRecord">That deal's answers and touches, without events; null when there is no such deal.</param>
public sealed record TurnStart(
    bool Delivered, ConversationState? Conversation, UserProfile? Profile, IReadOnlyList<Deal> Deals, string? DealId = null, DealRecord? DealRecord = null);
