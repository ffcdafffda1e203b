using SalesBot.Core.Playbooks;

namespace SalesBot.Core.Qualification;

/// <summary>A red flag that fired on a recorded answer, with what to do about it.</summary>
public sealed record RedFlag(string StepId, string QuestionId, string RuleId, Severity Severity, string Flag, string Advice);
