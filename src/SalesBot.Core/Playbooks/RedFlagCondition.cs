namespace SalesBot.Core.Playbooks;

/// <summary>
/// When a red flag fires or a step's wrap-up applies. Exactly one condition is set; which ones apply depends on the
/// answer kind (<see cref="Qualification.RedFlagEvaluator.Meets"/> decides).
/// </summary>
public sealed record RedFlagCondition
{
    /// <summary>yes/no and choice questions: the answer is one of these values.</summary>
    public IReadOnlyList<string>? AnswerIn { get; init; }

    /// <summary>Money questions: the amount is below the user's starting price (same currency).</summary>
    public bool BelowStartingPrice { get; init; }

    /// <summary>Money questions: the amount is below this share (0..1) of the starting price (same currency).</summary>
    public decimal? BelowShareOfStartingPrice { get; init; }

    /// <summary>Money questions: the amount is in another currency than the starting price, so it cannot be compared.</summary>
    public bool OtherCurrency { get; init; }

    /// <summary>Money and number questions: the value is below this number.</summary>
    public decimal? LessThan { get; init; }

    /// <summary>Date questions: the date is fewer than this many days after the answer was recorded.</summary>
    public int? WithinDays { get; init; }

    /// <summary>Money questions: the prospect would not say ("unknown").</summary>
    public bool Unknown { get; init; }

    /// <summary>Text questions (wrap-ups only): the answer mentions one of these words or phrases, as whole words, in any case.</summary>
    public IReadOnlyList<string>? Mentions { get; init; }
}
