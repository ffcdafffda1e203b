namespace SalesBot.Core.Playbooks.Document;

/// <summary>The "when" of a red flag as written; exactly one member should be set.</summary>
internal class ConditionDocument
{
    public List<string?>? AnswerIn { get; set; }

    public bool? BelowStartingPrice { get; set; }

    public decimal? BelowShareOfStartingPrice { get; set; }

    public bool? OtherCurrency { get; set; }

    public decimal? LessThan { get; set; }

    public int? WithinDays { get; set; }

    public bool? Unknown { get; set; }

    /// <summary>Wrap-ups on text answers only: words or phrases the answer mentions.</summary>
    public List<string?>? Mentions { get; set; }
}
