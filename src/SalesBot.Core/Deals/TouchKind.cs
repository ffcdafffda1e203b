namespace SalesBot.Core.Deals;

public enum TouchKind
{
    Call = 1,
    Letter = 2,
    Meeting = 3,
}
