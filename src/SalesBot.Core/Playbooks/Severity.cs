namespace SalesBot.Core.Playbooks;

public enum Severity
{
    /// <summary>Needs work: something to fix or find out before going on.</summary>
    Warning,

    /// <summary>Walk away: the deal is not worth pursuing while this holds.</summary>
    HardStop,
}
