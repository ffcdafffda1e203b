namespace SalesBot.Core.Nudges;

/// <summary>The moments SalesBot reminds a salesperson of; the intervals come from the playbook.</summary>
public enum NudgeKind
{
    /// <summary>Second call of "three calls and a letter", about three business days after an unanswered call or a stall.</summary>
    Call2 = 1,

    /// <summary>Third call, about three business days after the second.</summary>
    Call3,

    /// <summary>The "personal" letter, about a week after the third call.</summary>
    Letter,

    /// <summary>After the letter went unanswered: propose to drop the prospect.</summary>
    Drop,

    /// <summary>The pause after engagement is over: time to make the entry.</summary>
    Entry,

    /// <summary>The working day before a recorded meeting: prepare.</summary>
    Prepare,

    /// <summary>No activity on an open deal for the stage's number of days.</summary>
    Stalled,

    /// <summary>Execution ended: collect the client's feedback.</summary>
    Feedback,

    /// <summary>Months after a warm exit with repeat business judged likely: come in again.</summary>
    Reentry,
}
