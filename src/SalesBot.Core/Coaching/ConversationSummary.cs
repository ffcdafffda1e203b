using System.Text;
using SalesBot.Core.Playbooks;

namespace SalesBot.Core.Coaching;

/// <summary>
/// The summary read back to the prospect before the close: what they said they want, in the order it was learned,
/// followed by the two questions that end the meeting. Built only from recorded answers.
/// </summary>
public static class ConversationSummary
{
    public const string Closing = "Then ask: \"Is there anything you'd like to add?\" and, when they have finished: \"Are you ready to move forward?\"";

    /// <summary>The template summary of a deal.</summary>
    public static string Write(Playbook playbook, DealSnapshot snapshot)
    {
        var request = new SummaryRequest(snapshot.Deal.Owner, snapshot.Deal.Prospect, CoachFacts.Recorded(playbook, snapshot.Answers));
        return Compose(request.Prospect, TemplateCoach.Summarize(request));
    }

    /// <summary>The points of a summary, by whoever wrote them, framed by the heading and the closing questions.</summary>
    public static string Compose(string prospect, CoachSummary summary)
    {
        var text = new StringBuilder();
        text.Append("**Summary to read back to ").Append(Conversations.UserText.Escape(prospect)).Append("**");
        if (summary.Source == CoachSource.Model)
        {
            text.Append(" (drafted by the AI coach from your recorded answers; check it before you read it out)");
        }

        text.Append('\n');
        foreach (var point in summary.Points)
        {
            text.Append("- ").Append(Conversations.UserText.Escape(point)).Append('\n');
        }

        if (summary.Points.Count == 0)
        {
            text.Append("- Nothing recorded yet from the needs analysis; run it first so the summary has substance.\n");
        }

        return text.Append(Closing).ToString();
    }
}
