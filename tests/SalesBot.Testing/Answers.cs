using SalesBot.Core.Deals;

namespace SalesBot.Testing;

/// <summary>Builds recorded answers for tests: by default one fixed clock, one deal, one author.</summary>
public static class Answers
{
    public const string DealId = "deal-1";

    public const string Author = "local/alice";

    /// <summary>Monday 23 November 2026, 09:00 UTC (<see cref="TestClock.Start"/>).</summary>
    public static readonly DateTimeOffset Now = TestClock.Start;

    /// <summary>An answer as the store keeps it; <paramref name="at"/> defaults to a minute per version after <see cref="Now"/>.</summary>
    public static Answer Of(
        string stepId, string questionId, string value, int version = 1, DateTimeOffset? at = null, string? note = null,
        string dealId = DealId, string by = Author) =>
        new(dealId, stepId, questionId, version, value, note, at ?? Now.AddMinutes(version), by);

    /// <summary>A sheet of first versions, a second apart, in the order given.</summary>
    public static AnswerSheet Sheet(params (string Step, string Question, string Value)[] answers) =>
        new(answers.Select((a, i) => Of(a.Step, a.Question, a.Value, at: Now.AddSeconds(i))));
}
