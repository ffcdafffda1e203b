using System.Text;
using SalesBot.Core.Localization;
using SalesBot.Core.Playbooks;

namespace SalesBot.Core.Coaching;

/// <summary>
/// The summary read back to the prospect before the close: what they said they want, in the order it was learned,
/// followed by the two questions that end the meeting. Built only from recorded answers.
/// </summary>
public static class ConversationSummary
{
    /// <summary>The two questions that end the meeting, in the current language.</summary>
    public static string Closing => CoreText.Get("Summary.Closing");

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
        text.Append(CoreText.Format("Summary.Heading", Conversations.UserText.Escape(prospect)));
        if (summary.Source == CoachSource.Model)
        {
            text.Append(CoreText.Get("Summary.ByModel"));
        }

        text.Append('\n');
        foreach (var point in summary.Points)
        {
            text.Append("- ").Append(Conversations.UserText.Escape(point)).Append('\n');
        }

        if (summary.Points.Count == 0)
        {
            text.Append("- ").Append(CoreText.Get("Summary.Empty")).Append('\n');
        }

        return text.Append(Closing).ToString();
    }
}
