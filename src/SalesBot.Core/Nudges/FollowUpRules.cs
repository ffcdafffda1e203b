using SalesBot.Core.Deals;

namespace SalesBot.Core.Nudges;

/// <summary>
/// "Three calls and a letter": call 2 and call 3 each some business days after the previous unanswered call, the
/// personal letter some days after call 3, then the proposal to drop. An outcome containing an unanswered phrase or
/// a stall phrase counts as a silent call; a stall excuse starts the cadence by itself.
/// </summary>
public sealed record FollowUpRules(
    int Call2AfterBusinessDays,
    int Call3AfterBusinessDays,
    int LetterAfterDays,
    int DropAfterDays,
    IReadOnlyList<string> UnansweredPhrases,
    IReadOnlyList<string> StallPhrases)
{
    /// <summary>Where the prospect stands in "three calls and a letter", from the touches, oldest first.</summary>
    public FollowUpState Read(IEnumerable<Touch> touches)
    {
        var silent = 0;
        DateTimeOffset? first = null;
        DateTimeOffset? last = null;
        DateTimeOffset? letter = null;
        foreach (var touch in touches.OrderBy(t => t.At))
        {
            var isSilent = touch.Kind == TouchKind.Call ? IsSilent(touch.Outcome) : FindStall(touch.Outcome) is not null;
            if (isSilent)
            {
                silent++;
                first ??= touch.At;
                last = touch.At;
                letter = null;
            }
            else if (touch.Kind == TouchKind.Letter && silent >= 3)
            {
                letter = touch.At;
            }
            else if (touch.Kind != TouchKind.Letter)
            {
                (silent, first, last, letter) = (0, null, null, null);
            }
        }

        return new FollowUpState(silent, first, last, letter);
    }

    /// <summary>The stall phrase found in a touch's outcome, or null.</summary>
    public string? FindStall(string outcome) => Find(StallPhrases, outcome);

    /// <summary>True when the outcome says the prospect did not really answer: no answer, or a stall.</summary>
    public bool IsSilent(string outcome) => Find(UnansweredPhrases, outcome) is not null || FindStall(outcome) is not null;

    private static string? Find(IReadOnlyList<string> phrases, string outcome) =>
        phrases.FirstOrDefault(phrase => outcome.Contains(phrase, StringComparison.OrdinalIgnoreCase));
}
