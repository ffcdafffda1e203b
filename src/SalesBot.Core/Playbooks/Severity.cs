namespace SalesBot.Core.Playbooks;

/// <summary>How much a red flag weighs on the verdict. Declared per rule in the playbook.</summary>
public enum Severity
{
    /// <summary>Shown and costs points: the question earns at most half its weight while it holds.</summary>
    Warning,

    /// <summary>While open the prospect cannot be "qualified", the question earns nothing, and the next step is its advice.</summary>
    Blocker,

    /// <summary>Walk away: the deal is not worth pursuing while this holds.</summary>
    HardStop,
}
