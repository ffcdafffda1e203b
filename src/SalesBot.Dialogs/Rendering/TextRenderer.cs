using System.Globalization;
using System.Text;
using SalesBot.Core.Coaching;
using SalesBot.Core.Qualification;
using SalesBot.Dialogs.Localization;

namespace SalesBot.Dialogs.Rendering;

/// <summary>Renders replies as markdown text, for channels without cards (local chat, Emulator, plain Bot Framework).</summary>
public static class TextRenderer
{
    public static string Render(Reply reply)
    {
        using var culture = BotCulture.Use(reply.Language);
        return RenderInCulture(reply);
    }

    private static string RenderInCulture(Reply reply) => reply switch
    {
        TextReply text => text.Text,
        QuestionReply question => Question(question),
        DealReply deal => Deal(deal.Deal),
        PipelineReply pipeline => Pipeline(pipeline.Deals),
        FileReply file => Strings.Format("Render.File", file.FileName),
        ShareReply share => share.Text,
        NudgeReply nudge => Nudge(nudge),
        _ => reply.ToString(),
    };

    public static string Question(QuestionReply question)
    {
        var text = new StringBuilder();
        if (question.Progress is { } progress)
        {
            text.Append("**").Append(ProgressLine(progress with { Prospect = User(progress.Prospect) })).Append("**\n");
        }

        text.Append(question.Text);
        if (question.Tip is { Length: > 0 } tip)
        {
            text.Append("\n_").Append(Strings.Format("Render.Tip", tip)).Append('_');
        }

        if (question.Wording is { Length: > 0 } wording)
        {
            text.Append('\n').Append(Strings.Format("Render.Try", wording));
        }

        if (question.CurrentAnswer is { } current)
        {
            text.Append('\n').Append(Strings.Format("Render.Recorded", User(current)));
        }

        return text.ToString();
    }

    public static string Deal(DealView deal)
    {
        var text = new StringBuilder();
        text.Append("**").Append(User(deal.Prospect)).Append("** · ").Append(Strings.Format("Render.DealStage", Words.Link(deal.Stage), (int)deal.Stage));
        if (deal.Status != DealStatus.Open)
        {
            text.Append(" · ").Append(Words.Status(deal.Status));
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
            text.Append("- ").Append(Words.Severity(flag.Severity)).Append(": ").Append(flag.Flag).Append(' ').Append(flag.Advice).Append('\n');
        }

        text.Append("**").Append(Strings.Get(deal.ShowHistory ? "Render.EveryAnswerVersion" : "Render.Answers")).Append("**\n");
        if (deal.Answers.Count == 0)
        {
            text.Append("- ").Append(Strings.Get("Render.NoAnswers")).Append('\n');
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
                    text.Append(" · ").Append(Strings.Format("Render.VersionBy", answer.Version, User(answer.RecordedBy)));
                }

                text.Append('\n');
            }
        }

        if (deal.Touches.Count > 0)
        {
            text.Append("**").Append(Strings.Get("Render.Touches")).Append("**\n");
            foreach (var touch in deal.Touches)
            {
                text.Append("- ").Append(Date(touch.At)).Append(' ').Append(Words.Touch(touch.Kind)).Append(": ").Append(User(touch.Outcome)).Append('\n');
            }
        }

        if (deal.ShowHistory && deal.History.Count > 0)
        {
            text.Append("**").Append(Strings.Get("Render.History")).Append("**\n");
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
        var text = new StringBuilder("**").Append(Strings.Get("Render.Pipeline")).Append("**\n");
        foreach (var group in deals.GroupBy(d => d.Status == DealStatus.Open ? Words.Link(d.Stage) : Words.Heading(Words.Status(d.Status))))
        {
            text.Append('_').Append(group.Key).Append("_\n");
            foreach (var entry in group)
            {
                text.Append("- **").Append(User(entry.Prospect)).Append("**");
                if (entry.Verdict is { } verdict)
                {
                    text.Append(" (").Append(Words.Verdict(verdict)).Append(')');
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

    private static string Nudge(NudgeReply nudge) => (nudge.Items.Count > 1 ? $"**{ChannelText.NudgeDigest(nudge.Items.Count)}**\n\n" : "") + string.Join(
        "\n\n",
        nudge.Items.Select(item =>
            $"**{item.Title}**\n{item.Text}" +
            (item.Draft is { Length: > 0 } draft ? $"\n\n{User(draft)}" : "") +
            "\n" + string.Join(" · ", item.Actions.Select(a => $"`{a.Value}`"))));

    /// <summary>"Question 3 of 10 in Qualify for Acme", in the current language.</summary>
    public static string ProgressLine(Progress progress) =>
        Strings.Format("Render.Progress", progress.Current, progress.Total, progress.Flow, progress.Prospect);

    /// <summary>Text a user typed (a raw field of a structured reply), escaped for light markdown.</summary>
    private static string User(string text) => UserText.Escape(text);

    private static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
