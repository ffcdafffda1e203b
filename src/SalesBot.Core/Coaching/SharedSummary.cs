using System.Globalization;
using System.Text;
using SalesBot.Core.Deals;
using SalesBot.Core.Playbooks;

namespace SalesBot.Core.Coaching;

/// <summary>
/// What a user may share with their team about a deal: prospect, stage, status, steps done, touches and the next playbook
/// step. Never answers, notes, budget, gut feeling, personality, verdict, red flags or coaching advice (which can quote them).
/// </summary>
public static class SharedSummary
{
    public static string Build(Playbook playbook, Deal deal, IReadOnlyList<Touch> touches, string sharedBy)
    {
        var text = new StringBuilder();
        text.Append("**").Append(Conversations.UserText.Escape(deal.Prospect)).Append("** — shared by ").Append(Conversations.UserText.Escape(sharedBy)).Append('\n');
        text.Append("- Stage: ").Append((int)deal.Stage).Append(". ").Append(deal.Stage.Name());
        if (!deal.IsOpen)
        {
            text.Append(" (").Append(deal.Status.ToString().ToLowerInvariant()).Append(')');
        }

        text.Append('\n');
        var done = playbook.Steps.Where(s => deal.HasCompleted(s.Id)).Select(s => s.Title).ToList();
        text.Append("- Steps done: ").Append(done.Count == 0 ? "none yet" : string.Join(", ", done)).Append('\n');
        if (touches.Count > 0)
        {
            var last = touches[^1];
            text.Append("- Touches: ").Append(touches.Count).Append(", last a ").Append(last.Kind.ToString().ToLowerInvariant())
                .Append(" on ").Append(last.At.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        }

        if (deal.IsOpen && playbook.Steps.FirstOrDefault(s => !deal.HasCompleted(s.Id)) is { } next)
        {
            text.Append("- Next step: ").Append(next.Title).Append('\n');
        }

        return text.ToString().TrimEnd();
    }
}
