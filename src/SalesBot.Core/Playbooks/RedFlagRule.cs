namespace SalesBot.Core.Playbooks;

/// <summary>A red flag: when it fires, what it means and what to do about it.</summary>
public sealed record RedFlagRule(string Id, RedFlagCondition When, Severity Severity, string Flag, string Advice);
