namespace SalesBot.Core.Deals;

public enum DealStatus
{
    Open = 0,
    Won = 1,
    Lost = 2,
    Dropped = 3,
}
