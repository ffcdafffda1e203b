namespace SalesBot.Core.Deals;

/// <summary>The seven links of the deal cycle, a closed loop: an exit is a chance to enter again.</summary>
public enum DealLink
{
    Engagement = 1,
    Entry,
    Alignment,
    Contract,
    Execution,
    Closing,
    Exit,
}
