using SalesBot.Core.Playbooks;

namespace SalesBot.Core.Qualification;

/// <summary>A red flag that fired on a recorded answer, with what to do about it.</summary>
public sealed record RedFlag(string StepId, string QuestionId, string RuleId, Severity Severity, string Flag, string Advice)
{
    /// <summary>What closes it ("the person who signs is in the conversation"), for blockers and hard stops.</summary>
    public string? ClosesWhen { get; init; }

    /// <summary>"Blocker: Your contact is not the one who decides."</summary>
    public string Labelled => $"{Severity.Label()}: {Flag}";
}
