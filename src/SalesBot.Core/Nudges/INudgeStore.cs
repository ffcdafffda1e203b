using SalesBot.Core.Conversations;

namespace SalesBot.Core.Nudges;

/// <summary>
/// The nudge outbox. Plans, snoozes and completions are written with the turn (<see cref="Storage.TurnCommit"/>);
/// this interface is what the dispatcher, the operator CLI and the nudge commands use.
/// Exactly once: a dispatcher claims due nudges with a lease, and only the holder of a live claim can mark one sent.
/// </summary>
public interface INudgeStore
{
    /// <summary>Pending nudges due at or before <paramref name="at"/>, earliest first, whether claimed or not. Changes nothing.</summary>
    Task<IReadOnlyList<Nudge>> ListDueAsync(DateTimeOffset at, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Atomically claims up to <paramref name="limit"/> pending nudges due at or before <paramref name="now"/> whose
    /// earlier claim (if any) has expired, for <paramref name="claimant"/> until now + <paramref name="lease"/>.
    /// Two dispatchers never get the same nudge while a lease is live.
    /// </summary>
    Task<IReadOnlyList<Nudge>> ClaimDueAsync(DateTimeOffset now, string claimant, TimeSpan lease, int limit, CancellationToken cancellationToken);

    /// <summary>Marks a claimed nudge sent. False when the claim was lost (expired and taken) or the nudge is no longer pending.</summary>
    Task<bool> MarkSentAsync(string nudgeId, string claimant, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Records, before the send, that the holder of the claim is sending it now. A later claim that finds the mark
    /// knows an earlier send may have arrived and asks the channel first. False when the claim was lost.
    /// </summary>
    Task<bool> MarkSendingAsync(string nudgeId, string claimant, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Gives a claimed nudge back, due again at <paramref name="retryAt"/>. The sending mark is kept when the failed
    /// send <paramref name="mayHaveArrived"/> (a timeout, a broken connection) and cleared when it certainly did not.
    /// </summary>
    Task ReleaseAsync(string nudgeId, string claimant, DateTimeOffset retryAt, string reason, bool mayHaveArrived, CancellationToken cancellationToken);

    /// <summary>Cancels every pending nudge of the user (the user cannot be reached); returns how many.</summary>
    Task<int> CancelAllAsync(Owner owner, string reason, CancellationToken cancellationToken);

    /// <summary>One of the user's nudges, in any state; null when it is not theirs or does not exist.</summary>
    Task<Nudge?> GetAsync(Owner owner, string nudgeId, CancellationToken cancellationToken);

    /// <summary>The user's pending nudges, earliest first.</summary>
    Task<IReadOnlyList<Nudge>> ListPendingAsync(Owner owner, CancellationToken cancellationToken);
}
