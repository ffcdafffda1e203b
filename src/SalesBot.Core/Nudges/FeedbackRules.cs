namespace SalesBot.Core.Nudges;

/// <summary>When execution ends (the deal reaches closing), ask for feedback some days later until <see cref="StepId"/> is done.</summary>
public sealed record FeedbackRules(string StepId, int AfterDays);
