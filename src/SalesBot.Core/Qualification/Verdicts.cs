namespace SalesBot.Core.Qualification;

public static class Verdicts
{
    /// <summary>The words the bot uses: "qualified", "needs work", "walk away".</summary>
    public static string Words(this Verdict verdict) => verdict switch
    {
        Verdict.Qualified => "qualified",
        Verdict.NeedsWork => "needs work",
        Verdict.WalkAway => "walk away",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict)),
    };
}
