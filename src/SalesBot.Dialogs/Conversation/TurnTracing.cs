using System.Diagnostics;

namespace SalesBot.Dialogs.Conversation;

/// <summary>
/// The spans of a turn ("turn", with the dialogs' "dialog" inside): ids, channel and outcome only, never what anyone
/// wrote. The host's OpenTelemetry setup listens to <see cref="SourceName"/>; without a listener nothing is recorded.
/// </summary>
public static class TurnTracing
{
    public const string SourceName = "SalesBot.Dialogs";

    /// <summary>The attribute naming the turn: the same id as the turn's log scope.</summary>
    public const string TurnIdAttribute = "salesbot.turn.id";

    public const string ChannelAttribute = "salesbot.channel";

    public const string OutcomeAttribute = "salesbot.turn.outcome";

    internal static readonly ActivitySource Source = new(SourceName);
}
