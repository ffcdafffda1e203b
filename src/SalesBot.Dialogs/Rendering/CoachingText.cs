using System.Text;
using SalesBot.Core.Coaching;
using SalesBot.Core.Qualification;
using SalesBot.Dialogs.Localization;

namespace SalesBot.Dialogs.Rendering;

/// <summary>The verdict and next-step messages, in words.</summary>
public static class CoachingText
{
    /// <summary>The verdict with its flags; a flag's advice is left out when <paramref name="next"/> already gives it.</summary>
    public static string Verdict(Judgement judgement, NextStep? next = null)
    {
        var text = new StringBuilder();
        text.Append(Strings.Format("Verdict.Label", Words.Verdict(judgement.Verdict))).Append(' ').Append(judgement.Summary);
        if (judgement.Change is { } change)
        {
            text.Append(' ').Append(change);
        }

        foreach (var flag in judgement.Flags)
        {
            text.Append("\n- ").Append(Words.Severity(flag.Severity)).Append(": ").Append(flag.Flag);
            if (next?.Action.Contains(flag.Advice, StringComparison.Ordinal) != true)
            {
                text.Append(' ').Append(flag.Advice);
            }
        }

        text.Append('\n').Append(Strings.Format("Verdict.Weights", QualificationJudge.Breakdown(judgement)));
        return text.ToString();
    }

    public static string Next(NextStep next)
    {
        var text = Strings.Format("Next.Step", next.Action) + "\n" + Strings.Format("Next.Why", next.Why);
        return next.Command is null ? text : text + "\n" + Strings.Format("Next.Say", next.Command);
    }
}
