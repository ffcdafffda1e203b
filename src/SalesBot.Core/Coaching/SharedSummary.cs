using System.Globalization;
using System.Text;
using SalesBot.Core.Deals;
using SalesBot.Core.Localization;
using SalesBot.Core.Playbooks;

namespace SalesBot.Core.Coaching;

/// <summary>
/// What a user may share with their team about a deal: prospect, stage, status, steps done, touches and the next playbook
/// step. Never answers, notes, budget, gut feeling, personality, verdict, red flags or coaching advice (which can quote them).
/// Written in the sharer's language.
/// </summary>
public static class SharedSummary
{
    public static string Build(Playbook playbook, Deal deal, IReadOnlyList<Touch> touches, string sharedBy)
    {
        var text = new StringBuilder();
        text.Append("**").Append(Conversations.UserText.Escape(deal.Prospect)).Append("** — ")
            .Append(CoreText.Format("Share.By", Conversations.UserText.Escape(sharedBy))).Append('\n');
        text.Append(CoreText.Format("Share.Stage", (int)deal.Stage, DealWords.Link(deal.Stage)));
        if (!deal.IsOpen)
        {
            text.Append(" (").Append(DealWords.Status(deal.Status)).Append(')');
        }

        text.Append('\n');
        var done = playbook.Steps.Where(s => deal.HasCompleted(s.Id)).Select(s => s.Title).ToList();
        text.Append(CoreText.Format("Share.StepsDone", done.Count == 0 ? CoreText.Get("Share.NoneYet") : string.Join(", ", done))).Append('\n');
        if (touches.Count > 0)
        {
            var last = touches[^1];
            text.Append(CoreText.Format("Share.Touches", touches.Count, DealWords.Touch(last.Kind), last.At.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).Append('\n');
        }

        if (deal.IsOpen && playbook.Steps.FirstOrDefault(s => !deal.HasCompleted(s.Id)) is { } next)
        {
            text.Append(CoreText.Format("Share.NextStep", next.Title)).Append('\n');
        }

        return text.ToString().TrimEnd();
    }
}
