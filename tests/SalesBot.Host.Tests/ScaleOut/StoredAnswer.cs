namespace SalesBot.Host.Tests.ScaleOut;

/// <summary>One row of the answers table, with the deal's owner.</summary>
public sealed record StoredAnswer(string UserId, string DealId, string QuestionId, int Version, string Value);
