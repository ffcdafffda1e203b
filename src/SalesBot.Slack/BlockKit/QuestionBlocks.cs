using System.Text.Json.Nodes;
using SalesBot.Core.Conversations;

namespace SalesBot.Slack.BlockKit;

/// <summary>
/// A question: progress, the question with the words to use, the tip, the recorded answer, the inputs to answer it inside
/// the message (see <see cref="QuestionInputs"/>) and a quick-pick button per choice when there are few.
/// </summary>
internal static class QuestionBlocks
{
    public static SlackMessage Render(QuestionReply question)
    {
        var blocks = new JsonArray();
        if (question.Progress is { } progress)
        {
            blocks.Add(Blocks.Context(Mrkdwn.Escape(ProgressLine(progress with { Prospect = "" })) + Mrkdwn.User(progress.Prospect)));
        }

        var text = "*" + Mrkdwn.FromMarkdown(question.Text) + "*";
        if (question.Wording is { Length: > 0 } wording)
        {
            text += "\nAsk them: _" + Mrkdwn.FromMarkdown(wording) + "_";
        }

        blocks.Add(Blocks.Section(text));
        if (question.Tip is { Length: > 0 } tip)
        {
            blocks.Add(Blocks.Context(":bulb: Tip: " + Mrkdwn.FromMarkdown(tip)));
        }

        if (question.CurrentAnswer is { } current)
        {
            blocks.Add(Blocks.Context(
                $"Recorded: *{Mrkdwn.User(current)}* — answer again to change it, or type `skip` to keep it."));
        }

        var choices = question.Choices.Where(c => c.Value.Length is > 0 and <= BlockKitLimits.ButtonValue).ToList();
        var selectable = choices.Count > QuestionInputs.QuickPicks && choices.All(QuestionInputs.FitsOption);
        var (inputs, needsSubmit) = QuestionInputs.For(question, selectable || choices.Count <= QuestionInputs.QuickPicks ? choices : []);
        foreach (var input in inputs)
        {
            blocks.Add(input);
        }

        var buttons = selectable ? [] : choices;
        for (var start = 0; start < buttons.Count; start += BlockKitLimits.ActionElements)
        {
            var row = buttons.Skip(start).Take(BlockKitLimits.ActionElements)
                .Select((choice, i) => Blocks.Button(ActionIds.AnswerPrefix + (start + i), choice.Title, choice.Value));
            blocks.Add(Blocks.Actions(start == 0 ? "answers" : $"answers_{start}", row));
        }

        if (needsSubmit)
        {
            blocks.Add(QuestionInputs.SubmitBlock());
        }

        blocks.Add(Blocks.Context(Hint(buttons.Count > 0, needsSubmit)));
        return new SlackMessage(Fallback(question), blocks, Question: buttons.Count > 0 || needsSubmit);
    }

    /// <summary>The line under the answer controls; <see cref="AnsweredQuestion"/> drops it with them.</summary>
    private static string Hint(bool buttons, bool submit) => (buttons, submit) switch
    {
        (true, _) => "Pick an answer (add a note above if you like), or type it here. `back`, `skip`, `status`, `help` and `cancel` work too.",
        (false, true) => "Answer above and press Submit, or type it here. `back`, `skip`, `status`, `help` and `cancel` work too.",
        _ => "Type your answer here. `back`, `skip`, `status`, `help` and `cancel` work too.",
    };

    /// <summary>"Question 3 of 10 · Qualify · Acme".</summary>
    public static string ProgressLine(Progress progress) =>
        $"Question {progress.Current} of {progress.Total} · {progress.Flow} · {progress.Prospect}";

    private static string Fallback(QuestionReply question) =>
        Mrkdwn.Escape(question.Progress is { } progress ? $"{progress}: {Core.Conversations.UserText.Plain(question.Text)}" : Core.Conversations.UserText.Plain(question.Text));
}
