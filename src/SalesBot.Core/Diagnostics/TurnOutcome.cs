namespace SalesBot.Core.Diagnostics;

/// <summary>The outcome tag of <c>salesbot.turns</c>.</summary>
public static class TurnOutcome
{
    /// <summary>The turn ran and answered (including notices for empty or too long messages).</summary>
    public const string Completed = "completed";

    /// <summary>A step crashed; the user got an apology and the conversation was reset (answers kept).</summary>
    public const string Recovered = "recovered";

    /// <summary>The turn could not commit after every re-run (other instances kept changing the same rows); the user was told nothing was recorded.</summary>
    public const string Busy = "busy";

    /// <summary>The delivery was handled before (a channel retry after its first run committed); nothing ran or was sent.</summary>
    public const string Duplicate = "duplicate";

    /// <summary>The turn ended with an exception (store down, conflicts exhausted, cancelled).</summary>
    public const string Error = "error";
}
