using SalesBot.Core.Deals;
using SalesBot.Core.Qualification;

namespace SalesBot.Core.Coaching;

/// <summary>The deal as shown to its owner: stage, current answers (or the full history), verdict, red flags and next step.</summary>
public sealed record DealView(
    string Prospect,
    DealLink Stage,
    DealStatus Status,
    string? ClosedReason,
    Judgement? Judgement,
    IReadOnlyList<RedFlag> OtherFlags,
    IReadOnlyList<AnswerLine> Answers,
    IReadOnlyList<Touch> Touches,
    IReadOnlyList<DealEvent> History,
    bool ShowHistory,
    NextStep NextStep);
