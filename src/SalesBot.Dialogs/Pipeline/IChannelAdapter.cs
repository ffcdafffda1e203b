namespace SalesBot.Dialogs.Pipeline;

/// <summary>
/// A channel's half of a turn, as <see cref="TurnPipeline"/> drives it: what the channel delivered becomes a <see cref="Turn"/>,
/// and replies, answered questions, the private chat and the typing indicator go back through the channel's own API.
/// What a turn means (dedupe, privacy, sharing, when a question counts as answered) is decided in the pipeline, once.
/// </summary>
/// <typeparam name="TInbound">One delivery of the channel (an activity, a queued Slack request) with what its replies need.</typeparam>
public interface IChannelAdapter<in TInbound>
{
    /// <summary>The turn the delivery carries; null when it holds nothing for the bot to run.</summary>
    Task<Turn?> ToTurnAsync(TInbound inbound, CancellationToken cancellationToken);

    /// <summary>
    /// Whether the steps before the turn runs (the private conversation, the answered question's update) call the channel
    /// for this delivery: then a repeat of a delivery already handled is dropped before them, with a read of its own;
    /// otherwise the check in the turn's start is enough.
    /// </summary>
    bool ActsBeforeTurn(TInbound inbound, Turn turn);

    /// <summary>
    /// For a turn from a shared conversation: the same turn in the user's private conversation with the bot (its id, and
    /// the address to save with the turn); null when the channel cannot open one.
    /// </summary>
    Task<Turn?> OpenPrivateAsync(TInbound inbound, Turn turn, CancellationToken cancellationToken);

    /// <summary>
    /// Tells the user, in the shared conversation only they see the answer of, where the coaching went — or, when
    /// <paramref name="reached"/> is false, that the private conversation could not be reached.
    /// </summary>
    Task PointToPrivateAsync(TInbound inbound, Turn shared, bool reached, CancellationToken cancellationToken);

    /// <summary>
    /// Before the turn runs: the question message it answers (or passes by) loses its buttons and shows what happened.
    /// Returns the turn to run — with the answered message's own delivery id where the channel has one, so that a message
    /// is answered once — or null when it answers a question that is no longer open: it is refused and does not run.
    /// </summary>
    Task<Turn?> UpdateAnsweredAsync(TInbound inbound, Turn turn, CancellationToken cancellationToken);

    /// <summary>Shows that the bot is working, where the channel can (the turn is taking a while).</summary>
    Task TypingAsync(TInbound inbound, Turn turn, CancellationToken cancellationToken);

    /// <summary>Posts a summary the user confirmed sharing to the conversation it names; the text for the user when the channel refused.</summary>
    Task<string?> ShareAsync(TInbound inbound, Turn turn, ShareReply share, CancellationToken cancellationToken);

    /// <summary>
    /// Renders the replies and sends them to the turn's conversation, in order; a question sent becomes the open one.
    /// False when the channel refused them (the turn is committed either way).
    /// </summary>
    Task<bool> SendAsync(TInbound inbound, Turn turn, IReadOnlyList<Reply> replies, CancellationToken cancellationToken);
}
