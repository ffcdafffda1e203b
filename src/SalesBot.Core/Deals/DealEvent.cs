namespace SalesBot.Core.Deals;

/// <summary>An audit entry: a stage change, a step completed, a deal closed or reopened.</summary>
public sealed record DealEvent(string DealId, string Kind, string Detail, DateTimeOffset At, string By);
