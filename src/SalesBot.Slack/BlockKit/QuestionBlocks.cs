using System.Text.Json.Nodes;
using SalesBot.Core.Conversations;

namespace SalesBot.Slack.BlockKit;

/// <summary>A question: progress, the question with the words to use, the tip, the recorded answer, and a button per choice.</summary>
internal static class QuestionBlocks
{
    public static SlackMessage Render(QuestionReply question)
    {
        var blocks = new JsonArray();
        if (question.Progress is { } progress)
        {
            blocks.Add(Blocks.Context(Mrkdwn.Escape(ProgressLine(progress))));
        }

        var text = "*" + Mrkdwn.Escape(question.Text) + "*";
        if (question.Wording is { Length: > 0 } wording)
        {
            text += "\nAsk them: _" + Mrkdwn.Escape(wording) + "_";
        }

        blocks.Add(Blocks.Section(text));
        if (question.Tip is { Length: > 0 } tip)
        {
            blocks.Add(Blocks.Context(":bulb: Tip: " + Mrkdwn.Escape(tip)));
        }

        if (question.CurrentAnswer is { } current)
        {
            blocks.Add(Blocks.Context(
                $"Recorded: *{Mrkdwn.Escape(current)}* — answer again to change it, or type `skip` to keep it."));
        }

        var choices = question.Choices.Where(c => c.Value.Length is > 0 and <= BlockKitLimits.ButtonValue).ToList();
        for (var start = 0; start < choices.Count; start += BlockKitLimits.ActionElements)
        {
            var buttons = choices.Skip(start).Take(BlockKitLimits.ActionElements)
                .Select((choice, i) => Blocks.Button(ActionIds.AnswerPrefix + (start + i), choice.Title, choice.Value));
            blocks.Add(Blocks.Actions(start == 0 ? "answers" : $"answers_{start}", buttons));
        }

        if (choices.Count == 0)
        {
            blocks.Add(Blocks.Context("Type your answer here. `back`, `skip`, `status`, `help` and `cancel` work too."));
        }
        else
        {
            blocks.Add(Blocks.Context("Pick an answer, or type one with a note (`no - they use in-house staff`)."));
        }

        return new SlackMessage(Fallback(question), blocks, Question: choices.Count > 0);
    }

    /// <summary>"Question 3 of 10 · Qualify · Acme".</summary>
    public static string ProgressLine(Progress progress) =>
        $"Question {progress.Current} of {progress.Total} · {progress.Flow} · {progress.Prospect}";

    private static string Fallback(QuestionReply question) =>
        Mrkdwn.Escape(question.Progress is { } progress ? $"{progress}: {question.Text}" : question.Text);
}
