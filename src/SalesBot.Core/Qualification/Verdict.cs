namespace SalesBot.Core.Qualification;

public enum Verdict
{
    Qualified,
    NeedsWork,
    WalkAway,
}
