using System.Text;
using SalesBot.Core.Coaching;
using SalesBot.Core.Playbooks;
using SalesBot.Core.Qualification;

namespace SalesBot.Dialogs.Rendering;

/// <summary>The verdict and next-step messages, in words.</summary>
public static class CoachingText
{
    /// <summary>The verdict with its flags; a flag's advice is left out when <paramref name="next"/> already gives it.</summary>
    public static string Verdict(Judgement judgement, NextStep? next = null)
    {
        var text = new StringBuilder();
        text.Append("Verdict: **").Append(judgement.Verdict.Words()).Append("**. ").Append(judgement.Summary);
        if (judgement.Change is { } change)
        {
            text.Append(' ').Append(change);
        }

        foreach (var flag in judgement.Flags)
        {
            text.Append("\n- ").Append(flag.Severity.Label()).Append(": ").Append(flag.Flag);
            if (next?.Action.Contains(flag.Advice, StringComparison.Ordinal) != true)
            {
                text.Append(' ').Append(flag.Advice);
            }
        }

        text.Append("\nWeights: ").Append(QualificationJudge.Breakdown(judgement));
        return text.ToString();
    }

    public static string Next(NextStep next)
    {
        var text = $"**Next step:** {next.Action}\nWhy: {next.Why}";
        return next.Command is null ? text : text + $"\nSay: `{next.Command}`";
    }
}
