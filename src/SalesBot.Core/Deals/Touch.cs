namespace SalesBot.Core.Deals;

/// <summary>A contact with the prospect: a call, a letter or a meeting, and how it went.</summary>
public sealed record Touch(string DealId, TouchKind Kind, string Outcome, DateTimeOffset At, string By);
