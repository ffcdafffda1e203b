namespace SalesBot.Core.Nudges;

/// <summary>What a channel said about one send.</summary>
public sealed record NudgeDelivery(NudgeDeliveryOutcome Outcome, string? Reason = null)
{
    public static NudgeDelivery Delivered { get; } = new(NudgeDeliveryOutcome.Delivered);

    public static NudgeDelivery Unreachable(string reason) => new(NudgeDeliveryOutcome.Unreachable, reason);

    public static NudgeDelivery Failed(string reason) => new(NudgeDeliveryOutcome.Failed, reason);
}
