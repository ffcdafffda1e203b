namespace SalesBot.Core.Deals;

/// <summary>The seven links of the deal cycle, a closed loop: an exit is a chance to enter again.</summary>
public enum DealLink
{
    Engagement = 1,
    Entry = 2,
    Alignment = 3,
    Contract = 4,
    Execution = 5,
    Closing = 6,
    Exit = 7,
}
