using SalesBot.Core.Deals;

namespace SalesBot.Core.Tests.Deals;

/// <summary>Builds recorded answers for tests: one fixed clock, one deal, one author.</summary>
internal static class Answers
{
    public const string DealId = "deal-1";

    public const string Author = "local/alice";

    /// <summary>Monday 23 November 2026, 09:00 UTC.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static Answer Of(string stepId, string questionId, string value, int version = 1, DateTimeOffset? at = null, string? note = null) =>
        new(DealId, stepId, questionId, version, value, note, at ?? Now.AddMinutes(version), Author);

    public static AnswerSheet Sheet(params (string Step, string Question, string Value)[] answers) =>
        new(answers.Select((a, i) => Of(a.Step, a.Question, a.Value, at: Now.AddSeconds(i))));
}
