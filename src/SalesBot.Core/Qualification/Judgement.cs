namespace SalesBot.Core.Qualification;

/// <summary>
/// The verdict on a prospect: the score (0..100 over the answered questions) with its visible weights, the red flags
/// (most severe first), why, and in one line what would change the verdict (null when nothing would).
/// <see cref="Why"/> names the flags that decided the verdict and ends with <see cref="Summary"/>, the score line alone,
/// for views that list the flags themselves.
/// </summary>
public sealed record Judgement(
    Verdict Verdict,
    int Score,
    int Answered,
    int Total,
    IReadOnlyList<ScoreLine> Lines,
    IReadOnlyList<RedFlag> Flags,
    string Why,
    string Summary,
    string? Change)
{
    /// <summary>The open flag the next step deals with first: the most severe, earliest in the process.</summary>
    public RedFlag? Worst => Flags.Count > 0 ? Flags[0] : null;
}
