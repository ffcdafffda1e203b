namespace SalesBot.Core.Playbooks.Document;

/// <summary>
/// When a conditional wrap-up applies: the current answer to one question of the step meets one condition, written as a
/// red flag's "when" is (answerIn, belowStartingPrice, belowShareOfStartingPrice, otherCurrency, lessThan, withinDays,
/// unknown), or, for text answers, mentions one of some phrases ("mentions").
/// </summary>
internal sealed class DoneConditionDocument : ConditionDocument
{
    public string? Question { get; set; }
}
