using System.Text;
using SalesBot.Core.Playbooks;

namespace SalesBot.Core.Coaching;

/// <summary>
/// The summary read back to the prospect before the close: what they said they want, in the order it was learned,
/// followed by the two questions that end the meeting. Built only from recorded answers.
/// </summary>
public static class ConversationSummary
{
    public static string Write(Playbook playbook, DealSnapshot snapshot)
    {
        var text = new StringBuilder();
        text.Append("**Summary to read back to ").Append(snapshot.Deal.Prospect).Append("**\n");
        var lines = 0;
        foreach (var step in playbook.Steps.Where(s => !s.Judged && !s.OpensWithSummary))
        {
            foreach (var question in step.Questions.Where(q => q.Kind == AnswerKind.Text))
            {
                if (snapshot.Answers.Current(step.Id, question.Id) is { Value.Length: > 0 } answer)
                {
                    text.Append("- ").Append(question.Text.TrimEnd('?')).Append(": ").Append(answer.Value).Append('\n');
                    lines++;
                }
            }
        }

        if (lines == 0)
        {
            text.Append("- Nothing recorded yet from the needs analysis; run it first so the summary has substance.\n");
        }

        text.Append("Then ask: \"Is there anything you'd like to add?\" and, when they have finished: \"Are you ready to move forward?\"");
        return text.ToString();
    }
}
