using System.Globalization;
using System.Text;
using SalesBot.Core.Coaching;
using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;
using SalesBot.Core.Playbooks;
using SalesBot.Core.Qualification;

namespace SalesBot.Dialogs.Rendering;

/// <summary>Renders replies as markdown text, for channels without cards (local chat, Emulator, plain Bot Framework).</summary>
public static class TextRenderer
{
    public static string Render(Reply reply) => reply switch
    {
        TextReply text => text.Text,
        QuestionReply question => Question(question),
        DealReply deal => Deal(deal.Deal),
        PipelineReply pipeline => Pipeline(pipeline.Deals),
        FileReply file => $"File: {file.FileName}",
        ShareReply share => share.Text,
        NudgeReply nudge => Nudge(nudge),
        _ => reply.ToString(),
    };

    public static string Question(QuestionReply question)
    {
        var text = new StringBuilder();
        if (question.Progress is { } progress)
        {
            text.Append("**").Append(progress with { Prospect = User(progress.Prospect) }).Append("**\n");
        }

        text.Append(question.Text);
        if (question.Tip is { Length: > 0 } tip)
        {
            text.Append("\n_Tip: ").Append(tip).Append('_');
        }

        if (question.Wording is { Length: > 0 } wording)
        {
            text.Append("\nTry: ").Append(wording);
        }

        if (question.CurrentAnswer is { } current)
        {
            text.Append("\nRecorded: ").Append(User(current)).Append(" — answer to change it, or say skip to keep it.");
        }

        return text.ToString();
    }

    public static string Deal(DealView deal)
    {
        var text = new StringBuilder();
        text.Append("**").Append(User(deal.Prospect)).Append("** · stage ").Append(deal.Stage).Append(" (").Append((int)deal.Stage).Append(" of 7)");
        if (deal.Status != DealStatus.Open)
        {
            text.Append(" · ").Append(deal.Status.ToString().ToLowerInvariant());
            if (deal.ClosedReason is { Length: > 0 } reason)
            {
                text.Append(": ").Append(User(reason));
            }
        }

        text.Append('\n');
        if (deal.Judgement is { } judgement)
        {
            text.Append(CoachingText.Verdict(judgement, deal.NextStep)).Append('\n');
        }

        foreach (var flag in deal.OtherFlags)
        {
            text.Append("- ").Append(flag.Severity.Label()).Append(": ").Append(flag.Flag).Append(' ').Append(flag.Advice).Append('\n');
        }

        text.Append(deal.ShowHistory ? "**Every answer version:**\n" : "**Answers:**\n");
        if (deal.Answers.Count == 0)
        {
            text.Append("- none recorded yet\n");
        }

        foreach (var group in deal.Answers.GroupBy(a => a.StepTitle))
        {
            text.Append('_').Append(group.Key).Append("_\n");
            foreach (var answer in group)
            {
                text.Append("- ").Append(User(answer.Question)).Append(" **").Append(User(answer.Value)).Append("**");
                if (answer.Note is { Length: > 0 } note)
                {
                    text.Append(" (").Append(User(note)).Append(')');
                }

                text.Append(" · ").Append(Date(answer.RecordedAt));
                if (deal.ShowHistory)
                {
                    text.Append(" · v").Append(answer.Version).Append(" by ").Append(User(answer.RecordedBy));
                }

                text.Append('\n');
            }
        }

        if (deal.Touches.Count > 0)
        {
            text.Append("**Touches:**\n");
            foreach (var touch in deal.Touches)
            {
                text.Append("- ").Append(Date(touch.At)).Append(' ').Append(touch.Kind.ToString().ToLowerInvariant()).Append(": ").Append(User(touch.Outcome)).Append('\n');
            }
        }

        if (deal.ShowHistory && deal.History.Count > 0)
        {
            text.Append("**History:**\n");
            foreach (var entry in deal.History)
            {
                text.Append("- ").Append(Date(entry.At)).Append(' ').Append(User(entry.Detail)).Append(" (").Append(User(entry.By)).Append(")\n");
            }
        }

        text.Append(CoachingText.Next(deal.NextStep));
        return text.ToString();
    }

    public static string Pipeline(IReadOnlyList<PipelineEntry> deals)
    {
        var text = new StringBuilder("**Your pipeline**\n");
        foreach (var group in deals.GroupBy(d => d.Status == DealStatus.Open ? d.Stage.ToString() : d.Status.ToString()))
        {
            text.Append('_').Append(group.Key).Append("_\n");
            foreach (var entry in group)
            {
                text.Append("- **").Append(User(entry.Prospect)).Append("**");
                if (entry.Verdict is { } verdict)
                {
                    text.Append(" (").Append(verdict.Words()).Append(')');
                }

                text.Append(": ").Append(entry.NextStep.Action);
                if (entry.NextStep.Command is { } command)
                {
                    text.Append(" `").Append(command).Append('`');
                }

                text.Append('\n');
            }
        }

        return text.ToString().TrimEnd();
    }

    private static string Nudge(NudgeReply nudge) => string.Join(
        "\n\n",
        nudge.Items.Select(item =>
            $"**{item.Title}**\n{item.Text}" +
            (item.Draft is { Length: > 0 } draft ? $"\n\n{User(draft)}" : "") +
            "\n" + string.Join(" · ", item.Actions.Select(a => $"`{a.Value}`"))));

    /// <summary>Text a user typed (a raw field of a structured reply), escaped for light markdown.</summary>
    private static string User(string text) => UserText.Escape(text);

    private static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
