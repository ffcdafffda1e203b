using SalesBot.Core.Localization;

namespace SalesBot.Core.Qualification;

public static class Verdicts
{
    /// <summary>The words the bot uses, in the current language: "qualified", "needs work", "walk away".</summary>
    public static string Words(this Verdict verdict) => verdict switch
    {
        Verdict.Qualified or Verdict.NeedsWork or Verdict.WalkAway => CoreText.Get("Verdict." + verdict),
        _ => throw new ArgumentOutOfRangeException(nameof(verdict)),
    };
}
