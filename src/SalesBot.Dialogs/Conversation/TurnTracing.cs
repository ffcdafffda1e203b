using System.Diagnostics;

namespace SalesBot.Dialogs.Conversation;

/// <summary>
/// The spans of a turn ("turn", with the dialogs' "dialog" inside): ids, channel and outcome only, never what anyone
/// wrote. The host's OpenTelemetry setup listens to <see cref="SourceName"/>; without a listener nothing is recorded.
/// </summary>
public static class TurnTracing
{
    public const string SourceName = "SalesBot.Dialogs";

    internal static readonly ActivitySource Source = new(SourceName);
}
