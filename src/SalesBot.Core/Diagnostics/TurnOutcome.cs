namespace SalesBot.Core.Diagnostics;

/// <summary>How a turn ended: the outcome tag of <c>salesbot.turns</c> and of the turn span, written in lower case ("completed").</summary>
public enum TurnOutcome
{
    /// <summary>The turn ran and answered (including notices for empty or too long messages).</summary>
    Completed,

    /// <summary>A step crashed; the user got an apology and the conversation was reset (answers kept).</summary>
    Recovered,

    /// <summary>The turn could not commit after every re-run (other instances kept changing the same rows); the user was told nothing was recorded.</summary>
    Busy,

    /// <summary>The delivery was handled before (a channel retry after its first run committed); nothing ran or was sent.</summary>
    Duplicate,

    /// <summary>The turn ended with an exception (store down, conflicts exhausted, cancelled).</summary>
    Error,
}
