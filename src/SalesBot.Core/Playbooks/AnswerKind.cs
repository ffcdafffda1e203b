namespace SalesBot.Core.Playbooks;

/// <summary>How a question is answered, and so how the answer is recognized and normalized.</summary>
public enum AnswerKind
{
    /// <summary>yes / no / unsure, optionally followed by a note ("no - they use in-house staff").</summary>
    YesNo,

    /// <summary>One of the question's choices, stored by id.</summary>
    Choice,

    /// <summary>An amount with a currency, stored as "5000 USD", or "unknown" when the prospect will not say.</summary>
    Money,

    /// <summary>A number, stored in invariant culture.</summary>
    Number,

    /// <summary>A calendar date, stored as yyyy-MM-dd.</summary>
    Date,

    /// <summary>Free text.</summary>
    Text,
}
