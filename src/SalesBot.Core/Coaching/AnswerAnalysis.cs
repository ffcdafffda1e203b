using SalesBot.Core.Values;

namespace SalesBot.Core.Coaching;

/// <summary>What a free-text answer gives away: red flags and stall phrases (each a short coaching note) and a budget figure.</summary>
public sealed record AnswerAnalysis(
    IReadOnlyList<string> RedFlags,
    IReadOnlyList<string> Stalls,
    Money? Budget,
    CoachSource Source)
{
    public static AnswerAnalysis Nothing(CoachSource source) => new([], [], null, source);

    public bool IsEmpty => RedFlags.Count == 0 && Stalls.Count == 0 && Budget is null;
}
