namespace SalesBot.Core.Nudges;

public enum NudgeDeliveryOutcome
{
    Delivered = 1,

    /// <summary>The user removed or blocked the bot, or uninstalled the app: stop nudging them.</summary>
    Unreachable = 2,

    /// <summary>A passing failure (throttled, server error, timeout): try again later.</summary>
    Failed = 3,
}
