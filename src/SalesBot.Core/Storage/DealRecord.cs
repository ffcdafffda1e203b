using SalesBot.Core.Deals;

namespace SalesBot.Core.Storage;

/// <summary>What is stored under one deal, read together (<see cref="ISalesBotStore.GetDealRecordAsync"/>), each list oldest first.</summary>
/// <param name="Answers">Every version of every answer.</param>
/// <param name="Touches">The touches.</param>
/// <param name="Events">The audit entries, or null when they were not asked for.</param>
public sealed record DealRecord(IReadOnlyList<Answer> Answers, IReadOnlyList<Touch> Touches, IReadOnlyList<DealEvent>? Events);
