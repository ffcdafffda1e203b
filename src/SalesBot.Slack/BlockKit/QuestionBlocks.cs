using System.Text.Json.Nodes;
using SalesBot.Core.Conversations;
using SalesBot.Core.Playbooks;
using SalesBot.Dialogs.Localization;
using SalesBot.Dialogs.Rendering;

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
            blocks.Add(Blocks.Context(ChannelText.ProgressLine(progress with { Flow = Mrkdwn.Escape(progress.Flow), Prospect = Mrkdwn.User(progress.Prospect) })));
        }

        var text = "*" + Mrkdwn.FromMarkdown(question.Text) + "*";
        if (question.Wording is { Length: > 0 } wording)
        {
            text += "\n" + ChannelText.Get("Question.Wording") + " _" + Mrkdwn.FromMarkdown(wording) + "_";
        }

        blocks.Add(Blocks.Section(text));
        if (question.Tip is { Length: > 0 } tip)
        {
            blocks.Add(Blocks.Context(":bulb: " + ChannelText.Get("Question.Tip") + " " + Mrkdwn.FromMarkdown(tip)));
        }

        if (question.CurrentAnswer is { } current)
        {
            blocks.Add(Blocks.Context(
                $"{ChannelText.Get("Question.Recorded")} *{Mrkdwn.User(current)}* {ChannelText.Format("Question.RecordedHint", Code(CommandWords.Local("skip")))}"));
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

        blocks.Add(Blocks.ContextWithId(AnsweredQuestion.HintBlock, Hint(question, buttons.Count > 0, needsSubmit)));
        return new SlackMessage(Fallback(question), blocks, Question: buttons.Count > 0 || needsSubmit);
    }

    /// <summary>The line under the answer controls; <see cref="AnsweredQuestion"/> drops it with them.</summary>
    private static string Hint(QuestionReply question, bool buttons, bool submit) =>
        ChannelText.QuestionHint(buttons, submit, question.Kind is null or AnswerKind.Choice or AnswerKind.YesNo, Code);

    private static string Code(string word) => "`" + word + "`";

    private static string Fallback(QuestionReply question) =>
        Mrkdwn.Escape(question.Progress is { } progress
            ? $"{ChannelText.ProgressLine(progress)}: {UserText.Plain(question.Text)}"
            : UserText.Plain(question.Text));
}
