using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using SalesBot.Core.Coaching;
using SalesBot.Core.Deals;
using SalesBot.Core.Playbooks;
using SalesBot.Dialogs.Localization;
using SalesBot.Dialogs.Rendering;

namespace SalesBot.Slack.BlockKit;

/// <summary>The deal view: stage, verdict, red flags, answers by step, touches, history, and the next step with a button that runs it.</summary>
internal static class DealBlocks
{
    public static SlackMessage Render(DealView deal)
    {
        var blocks = new JsonArray { Blocks.Header(deal.Prospect), Blocks.Context(StageLine(deal)) };
        if (deal.Judgement is { } judgement)
        {
            Add(blocks, TextBlocks.Sections(Mrkdwn.FromMarkdown(CoachingText.Verdict(judgement, deal.NextStep))));
        }

        if (deal.OtherFlags.Count > 0)
        {
            Add(blocks, TextBlocks.Sections(string.Join('\n', deal.OtherFlags.Select(f =>
                "• " + (Words.Severity(f.Severity) + ": ") + Mrkdwn.Escape($"{f.Flag} {f.Advice}")))));
        }

        Add(blocks, TextBlocks.Sections(Answers(deal)));
        if (deal.Touches.Count > 0)
        {
            Add(blocks, TextBlocks.Sections($"*{ChannelText.Get("Deal.Touches")}*\n" + string.Join('\n', deal.Touches.Select(t =>
                $"• {Date(t.At)} {Words.Touch(t.Kind)}: {Mrkdwn.User(t.Outcome)}"))));
        }

        if (deal.ShowHistory && deal.History.Count > 0)
        {
            Add(blocks, TextBlocks.Sections($"*{ChannelText.Get("Deal.History")}*\n" + string.Join('\n', deal.History.Select(e =>
                $"• {Date(e.At)} {Mrkdwn.User(e.Detail)} ({Mrkdwn.User(e.By)})"))));
        }

        blocks.Add(Blocks.Divider());
        Add(blocks, TextBlocks.Sections(Mrkdwn.FromMarkdown(CoachingText.Next(deal.NextStep))));
        if (CommandButton.For(deal.NextStep) is { } next)
        {
            blocks.Add(Blocks.Actions("next", [next, Blocks.Button(ActionIds.RunCommandPrefix + "pipeline", ChannelText.Get("Pipeline.Button"), "deals")]));
        }

        return new SlackMessage(Mrkdwn.Escape(ChannelText.Format("Deal.Fallback", deal.Prospect, Words.Link(deal.Stage), Core.Conversations.UserText.Plain(deal.NextStep.Action))), blocks);
    }

    private static string StageLine(DealView deal)
    {
        var line = ChannelText.Get("Deal.Stage") + " " + ChannelText.Format("Deal.StageValue", "*" + Words.Link(deal.Stage) + "*", (int)deal.Stage);
        if (deal.Status != DealStatus.Open)
        {
            line += " · " + Words.Status(deal.Status);
            if (deal.ClosedReason is { Length: > 0 } reason)
            {
                line += ": " + Mrkdwn.User(reason);
            }
        }

        return line;
    }

    private static string Answers(DealView deal)
    {
        var text = new StringBuilder("*").Append(ChannelText.Get(deal.ShowHistory ? "Deal.EveryVersion" : "Deal.Answers")).Append('*');
        if (deal.Answers.Count == 0)
        {
            text.Append('\n').Append(ChannelText.Get("Deal.NoAnswers"));
        }

        foreach (var group in deal.Answers.GroupBy(a => a.StepTitle))
        {
            text.Append("\n_").Append(Mrkdwn.Escape(group.Key)).Append('_');
            foreach (var answer in group)
            {
                text.Append("\n• ").Append(Mrkdwn.User(answer.Question)).Append(" *").Append(Mrkdwn.User(answer.Value)).Append('*');
                if (answer.Note is { Length: > 0 } note)
                {
                    text.Append(" (").Append(Mrkdwn.User(note)).Append(')');
                }

                text.Append(" · ").Append(Date(answer.RecordedAt));
                if (deal.ShowHistory)
                {
                    text.Append(" · ").Append(ChannelText.Format("Deal.VersionBy", answer.Version, Mrkdwn.User(answer.RecordedBy)));
                }
            }
        }

        return text.ToString();
    }

    private static void Add(JsonArray blocks, IEnumerable<JsonObject> more)
    {
        foreach (var block in more)
        {
            blocks.Add(block);
        }
    }

    private static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
