namespace SalesBot.Core.Nudges;

public enum NudgeState
{
    /// <summary>Waiting for its due time (or being sent right now by a dispatcher holding the lease).</summary>
    Pending = 1,

    Sent,

    /// <summary>No longer wanted: the deal moved on, was closed, or the user cannot be reached.</summary>
    Cancelled,

    /// <summary>Done by the user from the nudge's buttons.</summary>
    Done,
}
