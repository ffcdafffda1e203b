namespace SalesBot.Core.Qualification;

/// <summary>The verdict on a prospect, the score (0..100) with its visible weights, the red flags and why.</summary>
public sealed record Judgement(
    Verdict Verdict,
    int Score,
    int Answered,
    int Total,
    IReadOnlyList<ScoreLine> Lines,
    IReadOnlyList<RedFlag> Flags,
    string Why);
