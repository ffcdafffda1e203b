namespace SalesBot.Core.Deals;

public enum DealStatus
{
    Open,
    Won,
    Lost,
    Dropped,
}
