namespace SalesBot.Core.Nudges;

/// <summary>What a channel said about one send.</summary>
public sealed record NudgeDelivery(NudgeDeliveryOutcome Outcome, string? Reason = null)
{
    /// <summary>A failed send that may still have reached the user (a timeout, a connection broken after the request went out).</summary>
    public bool MayHaveArrived { get; init; }

    public static NudgeDelivery Uncertain(string reason) => new(NudgeDeliveryOutcome.Failed, reason) { MayHaveArrived = true };

    public static NudgeDelivery Delivered { get; } = new(NudgeDeliveryOutcome.Delivered);

    public static NudgeDelivery Unreachable(string reason) => new(NudgeDeliveryOutcome.Unreachable, reason);

    public static NudgeDelivery Failed(string reason) => new(NudgeDeliveryOutcome.Failed, reason);
}
