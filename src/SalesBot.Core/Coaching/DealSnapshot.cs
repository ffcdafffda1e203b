using SalesBot.Core.Deals;
using SalesBot.Core.Qualification;

namespace SalesBot.Core.Coaching;

/// <summary>Everything known about one deal at a moment: the deal, its answers, touches and audit trail.</summary>
public sealed record DealSnapshot(
    Deal Deal,
    AnswerSheet Answers,
    IReadOnlyList<Touch> Touches,
    IReadOnlyList<DealEvent> Events,
    PricePoint Price);
